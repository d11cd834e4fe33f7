import OctavoModel

/// Turns the block phase's node tree into `Block` values, running the inline
/// phase on the raw text of paragraphs, headings and table cells.
struct BlockTreeBuilder {
    let inlineParser: InlineParser
    let dialect: MarkdownDialect

    /// The blocks of a finished container. Nesting is bounded by `BlockParser.maximumDepth`.
    func blocks(of container: BlockNode) -> [Block] {
        container.children.map(block)
    }

    private func block(_ node: BlockNode) -> Block {
        let range = SourceRange(start: node.start, end: SourcePosition(line: node.endLine, column: node.endColumn))
        return Block(kind(of: node), range: range)
    }

    private func kind(of node: BlockNode) -> BlockKind {
        switch node.kind {
        case .blockQuote, .document, .listItem:
            return .blockQuote(blocks(of: node))
        case .list(let data):
            let items = node.children.map(listItem)
            return .list(List(marker: data.marker, isTight: data.isTight, items: items))
        case .footnoteDefinition(let label):
            return .footnoteDefinition(FootnoteDefinition(label: label, blocks: blocks(of: node)))
        case .paragraph:
            return .paragraph(inlines(node.content[...]))
        case .heading(let level, let style):
            return .heading(Heading(level: level, content: inlines(node.content[...]), style: style))
        case .thematicBreak:
            return .thematicBreak
        case .fencedCode(let fence):
            return .codeBlock(CodeBlock(style: .fenced, info: fence.info, text: String(decoding: node.content, as: UTF8.self)))
        case .indentedCode:
            return .codeBlock(CodeBlock(style: .indented, info: "", text: String(decoding: node.content, as: UTF8.self)))
        case .html:
            return .html(String(decoding: node.content, as: UTF8.self))
        case .table(let data):
            return .table(Table(
                alignments: data.alignments,
                header: data.header.map { inlines($0[...]) },
                rows: data.rows.map { row in row.map { inlines($0[...]) } }))
        }
    }

    private func listItem(_ node: BlockNode) -> ListItem {
        let range = SourceRange(start: node.start, end: SourcePosition(line: node.endLine, column: node.endColumn))
        var task: TaskState?
        if dialect == .gfm, let first = node.children.first, case .paragraph = first.kind,
           let (state, length) = taskMarker(first.content) {
            task = state
            first.content.removeFirst(length)
            if first.content.isEmpty { node.children.removeFirst() }
        }
        return ListItem(blocks: blocks(of: node), task: task, range: range)
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

    private func inlines(_ text: ArraySlice<UInt8>) -> [Inline] {
        text.isEmpty ? [] : inlineParser.parse(text)
    }
}
