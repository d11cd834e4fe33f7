import OctavoModel

/// The blocks and inlines of one document as pandoc's JSON tree.
///
/// Every kind of block and inline has its pandoc element: math is `Math` (display math
/// a paragraph of `DisplayMath`), attribute lists are `Attr` (on headings, code, links,
/// images and tables; other blocks with attributes are wrapped in a `Div`, inlines in a
/// `Span`), footnote references are `Note`s holding their definition (the definitions
/// themselves are not repeated where they were written), `{:toc}` is a nested
/// `BulletList` of links to the headings, raw HTML is `RawBlock`/`RawInline` `html`,
/// tables are pandoc 3 tables with their column alignments, abbreviations are spans
/// with a `title`. Text is kept as written (no typography): words are `Str`, spaces
/// `Space`.
///
/// A post that is a section of a larger document has its identifiers renamed (see
/// `renameIdentifiers`): every element's, and the `#fragment` of every link to one.
struct PandocBlocks {
    /// Levels added to every heading (a post that is a section of a larger document).
    private let headingShift: Int
    /// The identifiers the document has in the pandoc tree, by the identifier written in the post.
    private var renamed: [String: String] = [:]

    private let footnotes: FootnoteIndex
    private let outline: Outline
    private let source: [Block]

    init(document: Document, options: WriterOptions, headingShift: Int = 0) {
        self.headingShift = headingShift
        source = options.archiveLinks ? ArchiveLink.blocks(of: document) : document.blocks
        footnotes = FootnoteIndex(source)
        outline = Outline(source)
    }

    /// The identifier kramdown gives a table of contents that has none of its own.
    private static let tableOfContentsID = "markdown-toc"

    /// Gives every identifier of the document (of headings and every other element)
    /// `prefix`, taken from `registry` so that it is unique in the whole pandoc
    /// document: `prefix` and the identifier, else with `-2`, `-3`, … after it. Links
    /// to `#identifier` are rewritten to match.
    mutating func renameIdentifiers(prefix: String, in registry: inout IdentifierRegistry) {
        for id in Self.identifiers(in: source) where renamed[id] == nil {
            renamed[id] = registry.claimFirstFree(prefix + id)
        }
    }

    /// Every identifier `blocks` give an element (footnotes included), in document order.
    private static func identifiers(in blocks: [Block]) -> [String] {
        var ids: [String] = []
        func add(_ attributes: Attributes) {
            if let id = attributes.id, !id.isEmpty { ids.append(id) }
        }
        func add(_ inlines: [Inline]) {
            inlines.forEachInline { inline in
                switch inline {
                case .link(let link): add(link.attributes)
                case .image(let image): add(image.attributes)
                case .attributed(let attributed): add(attributed.attributes)
                case .text, .softBreak, .lineBreak, .code, .emphasis, .strong, .strikethrough, .html, .footnoteReference, .math,
                     .abbreviation:
                    break
                }
            }
        }
        blocks.forEachBlock { block in
            add(block.attributes)
            switch block.kind {
            case .paragraph(let content): add(content)
            case .heading(let heading): add(heading.content)
            case .table(let table):
                table.header.forEach(add)
                table.rows.forEach { $0.forEach(add) }
            case .definitionList(let list):
                for item in list.items {
                    for term in item.terms {
                        add(term.attributes)
                        add(term.content)
                    }
                    item.definitions.forEach { add($0.attributes) }
                }
            case .tableOfContents:
                if block.attributes.id == nil { ids.append(tableOfContentsID) }
            case .thematicBreak, .blockQuote, .list, .codeBlock, .html, .footnoteDefinition, .math:
                break
            }
        }
        return ids
    }

    /// `attributes` with the identifier the document has.
    private func renaming(_ attributes: Attributes) -> Attributes {
        var attributes = attributes
        attributes.id = attributes.id.map { renamed[$0] ?? $0 }
        return attributes
    }

    /// `attributes` as pandoc's `Attr`, with the identifier the document has.
    private func attr(_ attributes: Attributes) -> JSONValue {
        Self.attr(renaming(attributes))
    }

    /// A link destination, its `#fragment` renamed with the identifier it names.
    private func destination(_ destination: String) -> String {
        guard destination.hasPrefix("#"), let id = renamed[String(destination.dropFirst())] else { return destination }
        return "#" + id
    }

    /// The document's blocks.
    func blocks() -> [JSONValue] {
        blocks(source, tight: false, noteDepth: 0)
    }

    // MARK: Blocks

    private func blocks(_ blocks: [Block], tight: Bool, noteDepth: Int) -> [JSONValue] {
        blocks.compactMap { block($0, tight: tight, noteDepth: noteDepth) }
    }

    /// The pandoc block of `block`; nil for a footnote definition, which goes into its notes.
    private func block(_ block: Block, tight: Bool, noteDepth: Int) -> JSONValue? {
        let attributes = block.attributes
        let mapped: JSONValue
        switch block.kind {
        case .paragraph(let content):
            mapped = Self.element(tight ? "Plain" : "Para", .array(inlines(content, noteDepth: noteDepth)))
        case .heading(let heading):
            return Self.header(level: min(heading.level + headingShift, 6), attributes: renaming(attributes),
                               inlines(heading.content, noteDepth: noteDepth))
        case .thematicBreak:
            mapped = .object([("t", .string("HorizontalRule"))])
        case .blockQuote(let children):
            mapped = Self.element("BlockQuote", .array(blocks(children, tight: false, noteDepth: noteDepth)))
        case .list(let list):
            mapped = self.list(list, noteDepth: noteDepth)
        case .codeBlock(let code):
            var codeAttributes = attributes
            if let language = code.language, !codeAttributes.classes.contains(language) { codeAttributes.classes.insert(language, at: 0) }
            var text = code.text
            if text.hasSuffix("\n") { text.removeLast() }
            return Self.element("CodeBlock", .array([attr(codeAttributes), .string(text)]))
        case .html(let html):
            mapped = Self.element("RawBlock", .array([.string("html"), .string(html)]))
        case .table(let table):
            return self.table(table, attributes: attributes, noteDepth: noteDepth)
        case .footnoteDefinition:
            return nil
        case .math(let tex):
            mapped = Self.element("Para", .array([Self.math("DisplayMath", tex)]))
        case .tableOfContents:
            // In a `Div` with kramdown's identifier, so that it can be told from the text.
            var listAttributes = attributes
            if listAttributes.id == nil { listAttributes.id = Self.tableOfContentsID }
            return Self.element("Div", .array([attr(listAttributes), .array([tableOfContents()])]))
        case .definitionList(let list):
            mapped = definitionList(list, noteDepth: noteDepth)
        }
        guard !attributes.isEmpty else { return mapped }
        return Self.element("Div", .array([attr(attributes), .array([mapped])]))
    }

    private func list(_ list: List, noteDepth: Int) -> JSONValue {
        let items: [JSONValue] = list.items.map { item in
            var content = blocks(item.blocks, tight: item.isTight ?? list.isTight, noteDepth: noteDepth)
            if let task = item.task {
                let box: [JSONValue] = [Self.str(task == .checked ? "☒" : "☐"), .object([("t", .string("Space"))])]
                if case .object(let first)? = content.first, case .string(let tag)? = first.first(where: { $0.0 == "t" })?.1,
                   tag == "Plain" || tag == "Para", case .array(let inlines)? = first.first(where: { $0.0 == "c" })?.1 {
                    content[0] = Self.element(tag, .array(box + inlines))
                } else {
                    content.insert(Self.element("Plain", .array(box)), at: 0)
                }
            }
            return .array(content)
        }
        switch list.marker {
        case .bullet:
            return Self.element("BulletList", .array(items))
        case .ordered(let start, let delimiter):
            let delim = delimiter == .period ? "Period" : "OneParen"
            let attributes = JSONValue.array([.integer(start), .object([("t", .string("Decimal"))]), .object([("t", .string(delim))])])
            return Self.element("OrderedList", .array([attributes, .array(items)]))
        }
    }

    private func table(_ table: Table, attributes: Attributes, noteDepth: Int) -> JSONValue {
        let alignments = table.alignments.map(Self.alignment)
        let columns = JSONValue.array(alignments.map { .array([$0, .object([("t", .string("ColWidthDefault"))])]) })
        func row(_ cells: [[Inline]]) -> JSONValue {
            assert(cells.count == alignments.count, "a table row has a cell per column")
            let mapped: [JSONValue] = zip(cells, alignments).map { content, alignment in
                let plain = content.isEmpty ? [] : [Self.element("Plain", .array(inlines(content, noteDepth: noteDepth)))]
                return .array([Self.attr(Attributes()), alignment, .integer(1), .integer(1), .array(plain)])
            }
            return .array([Self.attr(Attributes()), .array(mapped)])
        }
        let head = JSONValue.array([Self.attr(Attributes()), .array(table.header.isEmpty ? [] : [row(table.header)])])
        let body = JSONValue.array([Self.attr(Attributes()), .integer(0), .array([]), .array(table.rows.map(row))])
        let foot = JSONValue.array([Self.attr(Attributes()), .array([])])
        let caption = JSONValue.array([.null, .array([])])
        return Self.element("Table", .array([attr(attributes), caption, columns, head, .array([body]), foot]))
    }

    /// kramdown's `{:toc}`: the headings with identifiers as nested lists of links.
    private func tableOfContents() -> JSONValue {
        let entries = outline.entries
        var index = 0
        func level(_ depth: Int) -> [JSONValue] {
            var items: [JSONValue] = []
            while index < entries.count, entries[index].level >= depth {
                let entry = entries[index]
                index += 1
                let target = JSONValue.array([.string(destination("#" + entry.id)), .string("")])
                let link = Self.element("Link", .array([Self.attr(Attributes()), .array(plainInlines(entry.content)), target]))
                var item: [JSONValue] = [Self.element("Plain", .array([link]))]
                if index < entries.count, entries[index].level > entry.level {
                    item.append(Self.element("BulletList", .array(level(entries[index].level))))
                }
                items.append(.array(item))
            }
            return items
        }
        var items: [JSONValue] = []
        while index < entries.count { items += level(entries[index].level) }
        return Self.element("BulletList", .array(items))
    }

    private func definitionList(_ list: DefinitionList, noteDepth: Int) -> JSONValue {
        let items: [JSONValue] = list.items.map { item in
            var term: [JSONValue] = []
            for (index, definitionTerm) in item.terms.enumerated() {
                if index > 0 { term.append(.object([("t", .string("LineBreak"))])) }
                let content = inlines(definitionTerm.content, noteDepth: noteDepth)
                term += definitionTerm.attributes.isEmpty ? content : [Self.element("Span", .array([attr(definitionTerm.attributes), .array(content)]))]
            }
            let definitions: [JSONValue] = item.definitions.map { definition in
                let content = blocks(definition.blocks, tight: definition.isTight, noteDepth: noteDepth)
                guard !definition.attributes.isEmpty else { return .array(content) }
                return .array([Self.element("Div", .array([attr(definition.attributes), .array(content)]))])
            }
            return .array([.array(term), .array(definitions)])
        }
        return Self.element("DefinitionList", .array(items))
    }

    // MARK: Inlines

    private func inlines(_ inlines: [Inline], noteDepth: Int) -> [JSONValue] {
        var result: [JSONValue] = []
        for inline in inlines { append(inline, to: &result, noteDepth: noteDepth) }
        return result
    }

    /// Inlines in a table of contents: without notes, whose numbers belong to the text.
    private func plainInlines(_ inlines: [Inline]) -> [JSONValue] {
        self.inlines(inlines, noteDepth: Int.max)
    }

    private func append(_ inline: Inline, to result: inout [JSONValue], noteDepth: Int) {
        switch inline {
        case .text(let text):
            result += Self.words(text)
        case .softBreak:
            result.append(.object([("t", .string("SoftBreak"))]))
        case .lineBreak:
            result.append(.object([("t", .string("LineBreak"))]))
        case .code(let code):
            result.append(Self.element("Code", .array([Self.attr(Attributes()), .string(code)])))
        case .emphasis(let children):
            result.append(Self.element("Emph", .array(inlines(children, noteDepth: noteDepth))))
        case .strong(let children):
            result.append(Self.element("Strong", .array(inlines(children, noteDepth: noteDepth))))
        case .strikethrough(let children):
            result.append(Self.element("Strikeout", .array(inlines(children, noteDepth: noteDepth))))
        case .link(let link):
            let target = JSONValue.array([.string(destination(link.destination)), .string(link.title)])
            result.append(Self.element("Link", .array([attr(link.attributes), .array(inlines(link.content, noteDepth: noteDepth)), target])))
        case .image(let image):
            let target = JSONValue.array([.string(image.source), .string(image.title)])
            result.append(Self.element("Image", .array([attr(image.attributes), .array(inlines(image.description, noteDepth: noteDepth)), target])))
        case .html(let html):
            result.append(Self.element("RawInline", .array([.string("html"), .string(html)])))
        case .footnoteReference(let label):
            // A note inside a note (or in a table of contents) would repeat it without end.
            guard noteDepth == 0, let definition = footnotes.definitions[label] else {
                result.append(Self.element("Superscript", .array([Self.str(label)])))
                return
            }
            result.append(Self.element("Note", .array(blocks(definition.blocks, tight: false, noteDepth: noteDepth + 1))))
        case .math(let tex):
            result.append(Self.math("InlineMath", tex))
        case .abbreviation(let abbreviation):
            let pairs = abbreviation.title.isEmpty ? [] : [KeyValue(key: "title", value: abbreviation.title)]
            result.append(Self.element("Span", .array([Self.attr(Attributes(classes: ["abbr"], pairs: pairs)), .array(Self.words(abbreviation.text))])))
        case .attributed(let attributed):
            var inner: [JSONValue] = []
            append(attributed.inline, to: &inner, noteDepth: noteDepth)
            result.append(Self.element("Span", .array([attr(attributed.attributes), .array(inner)])))
        }
    }

    // MARK: Elements

    /// `{"t": tag, "c": content}`.
    static func element(_ tag: String, _ content: JSONValue) -> JSONValue {
        .object([("t", .string(tag)), ("c", content)])
    }

    static func header(level: Int, attributes: Attributes, _ content: [JSONValue]) -> JSONValue {
        element("Header", .array([.integer(level), attr(attributes), .array(content)]))
    }

    static func str(_ text: String) -> JSONValue {
        element("Str", .string(text))
    }

    static func math(_ kind: String, _ tex: String) -> JSONValue {
        element("Math", .array([.object([("t", .string(kind))]), .string(tex)]))
    }

    /// Text as pandoc's readers make it: a `Str` per run of non-space characters, a
    /// `Space` for each run of spaces (at the ends too, where the text meets other inlines).
    static func words(_ text: String) -> [JSONValue] {
        var result: [JSONValue] = []
        var word = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\t" || character == "\n" {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !word.isEmpty { result.append(str(word)) }
                word = ""
                result.append(.object([("t", .string("Space"))]))
                pendingSpace = false
            }
            word.append(character)
        }
        if !word.isEmpty { result.append(str(word)) }
        if pendingSpace { result.append(.object([("t", .string("Space"))])) }
        return result
    }

    /// pandoc's `Attr`: `[id, [classes], [[key, value]]]`.
    static func attr(_ attributes: Attributes) -> JSONValue {
        .array([.string(attributes.id ?? ""), .array(attributes.classes.map(JSONValue.string)),
                .array(attributes.pairs.map { .array([.string($0.key), .string($0.value)]) })])
    }

    static func alignment(_ alignment: ColumnAlignment) -> JSONValue {
        let name = switch alignment {
        case .none: "AlignDefault"
        case .left: "AlignLeft"
        case .center: "AlignCenter"
        case .right: "AlignRight"
        }
        return .object([("t", .string(name))])
    }
}
