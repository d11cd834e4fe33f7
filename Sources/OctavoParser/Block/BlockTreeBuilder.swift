import OctavoModel

/// Turns the block phase's node tree into `Block` values, running the inline
/// phase on the raw text of paragraphs, headings and table cells.
struct BlockTreeBuilder {
    var inlineParser: InlineParser
    let dialect: MarkdownDialect
    /// kramdown attribute list definitions that attribute lists may refer to.
    let attributeDefinitions: [String: AttributeList]
    /// kramdown abbreviations, marked in every run of inline content.
    let abbreviations: Abbreviations
    /// Whether a `{:toc}` list became the table of contents; as in kramdown, later ones stay lists.
    var placedTableOfContents = false

    /// The blocks of a finished container. Nesting is bounded by `BlockParser.maximumDepth`.
    ///
    /// Each node gives up its text and children once its block is made, so the memory of
    /// the node tree is reused by the blocks made after it instead of adding to them.
    mutating func blocks(of container: BlockNode) -> [Block] {
        var blocks: [Block] = []
        blocks.reserveCapacity(container.children.count)
        for child in container.children { blocks.append(block(child)) }
        container.children = []
        return blocks
    }

    private mutating func block(_ node: BlockNode) -> Block {
        let range = SourceRange(start: node.start, end: SourcePosition(line: node.endLine, column: node.endColumn))
        let attributes = attributes(of: node)
        let kind = kind(of: node)
        node.content = []
        node.children = []
        return Block(kind, range: range, attributes: attributes)
    }

    /// The node's own attributes on top of those of the definitions it refers to.
    private func attributes(of node: BlockNode) -> Attributes {
        guard let list = node.attributeList else { return Attributes() }
        guard !list.references.isEmpty else { return list.attributes }
        var resolved = AttributeList()
        for name in list.references {
            if let definition = attributeDefinitions[name] { resolved.merge(definition) }
        }
        var own = AttributeList()
        own.attributes = list.attributes
        resolved.merge(own)
        return resolved.attributes
    }

    private mutating func kind(of node: BlockNode) -> BlockKind {
        if !placedTableOfContents, node.kind.isList, node.attributeList?.references.contains("toc") == true {
            placedTableOfContents = true
            return .tableOfContents
        }
        switch node.kind {
        case .blockQuote, .document, .listItem, .definition:
            return .blockQuote(blocks(of: node))
        case .definitionList:
            return .definitionList(definitionList(node))
        case .definitionTerm:
            return .paragraph(inlines(node.content[...]))
        case .list(let data):
            var items: [ListItem] = []
            items.reserveCapacity(node.children.count)
            for child in node.children { items.append(listItem(child)) }
            return .list(List(marker: data.marker, isTight: data.isTight, items: items))
        case .footnoteDefinition(let label):
            return .footnoteDefinition(FootnoteDefinition(label: label, blocks: blocks(of: node)))
        case .paragraph:
            return .paragraph(inlines(node.content[...]))
        case .heading(let level, let style):
            return .heading(Heading(level: level, content: inlines(node.content[...]), style: style))
        case .thematicBreak:
            return .thematicBreak
        case .math:
            return .math(Self.displayMath(node.content))
        case .fencedCode(let fence):
            return .codeBlock(CodeBlock(style: .fenced, info: fence.info, text: String(parsedUTF8: node.content)))
        case .indentedCode:
            return .codeBlock(CodeBlock(style: .indented, info: "", text: String(parsedUTF8: node.content)))
        case .tableRows:
            return .paragraph(inlines(node.content.dropLast()))
        case .html, .htmlElement:
            return .html(String(parsedUTF8: node.content))
        case .extensionBlock(.comment, _):
            var text = node.content
            while text.last == 0x0A { text.removeLast() }
            return .html("<!-- " + String(decoding: text, as: UTF8.self) + " -->\n")
        case .extensionBlock(.nomarkdown, _):
            return .html(String(parsedUTF8: node.content))
        case .table(let data):
            var header: [[Inline]] = []
            for cell in data.header { header.append(inlines(cell[...])) }
            var rows: [[[Inline]]] = []
            for row in data.rows {
                var cells: [[Inline]] = []
                for cell in row { cells.append(inlines(cell[...])) }
                rows.append(cells)
            }
            return .table(Table(alignments: data.alignments, header: header, rows: rows))
        }
    }

    /// Groups the list's terms and definitions into items: terms, then their definitions.
    private mutating func definitionList(_ node: BlockNode) -> DefinitionList {
        var items: [DefinitionItem] = []
        for child in node.children {
            switch child.kind {
            case .definition(let data):
                if items.isEmpty { items.append(DefinitionItem(terms: [], definitions: [])) }
                let range = SourceRange(start: child.start, end: SourcePosition(line: child.endLine, column: child.endColumn))
                items[items.count - 1].definitions.append(Definition(
                    blocks: blocks(of: child), isTight: data.isTight, attributes: attributes(of: child), range: range))
            default:
                if items.last?.definitions.isEmpty ?? true, !items.isEmpty {
                    items[items.count - 1].terms.append(term(child))
                } else {
                    items.append(DefinitionItem(terms: [term(child)], definitions: []))
                }
            }
        }
        return DefinitionList(items: items)
    }

    private mutating func term(_ node: BlockNode) -> DefinitionTerm {
        DefinitionTerm(content: inlines(node.content[...]), attributes: attributes(of: node))
    }

    private mutating func listItem(_ node: BlockNode) -> ListItem {
        let range = SourceRange(start: node.start, end: SourcePosition(line: node.endLine, column: node.endColumn))
        var task: TaskState?
        if dialect.hasGFMExtensions, let first = node.children.first, case .paragraph = first.kind,
           let (state, length) = taskMarker(first.content) {
            task = state
            first.content.removeFirst(length)
            if first.content.isEmpty { node.children.removeFirst() }
        }
        var isTight: Bool?
        if case .listItem(let data) = node.kind { isTight = data.kramdownTightness }
        return ListItem(blocks: blocks(of: node), task: task, isTight: isTight, range: range)
    }

    /// `[ ]`, `[x]` or `[X]` followed by whitespace at the start of an item's first paragraph.
    private func taskMarker(_ content: [UInt8]) -> (TaskState, Int)? {
        guard content.count >= 4, content[0] == UInt8(ascii: "["), content[2] == UInt8(ascii: "]") else { return nil }
        let state: TaskState
        switch content[1] {
        case UInt8(ascii: " "): state = .unchecked
        case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .checked
        default: return nil
        }
        var length = 3
        guard content[length] == 0x20 || content[length] == 0x09 || content[length] == 0x0A else { return nil }
        while length < content.count, content[length] == 0x20 || content[length] == 0x09 { length += 1 }
        return (state, length)
    }

    /// The TeX between the opening `$$` and the first `$$` after it, trimmed.
    private static func displayMath(_ content: [UInt8]) -> String {
        var end = 2
        while end + 1 < content.count, !(content[end] == UInt8(ascii: "$") && content[end + 1] == UInt8(ascii: "$")) {
            end += 1
        }
        var start = 2
        end = min(end, content.count)
        while start < end, isWhitespace(content[start]) { start += 1 }
        while end > start, isWhitespace(content[end - 1]) { end -= 1 }
        return String(decoding: content[start..<end], as: UTF8.self)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func inlines(_ text: ArraySlice<UInt8>) -> [Inline] {
        if text.isEmpty { return [] }
        let inlines = inlineParser.parse(text)
        return abbreviations.isEmpty ? inlines : abbreviations.apply(inlines)
    }
}
