import OctavoModel

/// What `octavo inspect` shows of one post: its block tree with source positions,
/// its reading list, and a one-line summary of its counts.
public struct Inspection: Sendable {
    public let path: String
    public let document: Document

    public init(path: String, document: Document) {
        self.path = path
        self.document = document
    }

    /// How many of each thing the post holds; blocks include nested ones.
    public struct Counts: Sendable, Equatable {
        public var blocks = 0
        public var bookmarks = 0
        public var works = 0
        public var links = 0
        public var images = 0
        /// Display math blocks and inline math spans.
        public var math = 0
    }

    public var counts: Counts {
        var counts = Counts()
        counts.bookmarks = document.readingList.bookmarks.count
        counts.works = document.readingList.works.count
        counts.links = document.readingList.links.count
        walk { block, _ in
            counts.blocks += 1
            if case .math = block.kind { counts.math += 1 }
            for inlines in Inspection.inlineRuns(of: block) {
                inlines.forEachInline { inline in
                    switch inline {
                    case .image: counts.images += 1
                    case .math: counts.math += 1
                    default: break
                    }
                }
            }
        }
        return counts
    }

    /// `path: N blocks, N bookmarks, N works, N links, N images, N math`.
    public var summary: String {
        let counts = counts
        return "\(path): \(counts.blocks) blocks, \(counts.bookmarks) bookmarks, \(counts.works) works, "
            + "\(counts.links) links, \(counts.images) images, \(counts.math) math"
    }

    /// The path, then one line per block (`line:column-line:column kind detail`,
    /// indented by depth), then one line per reference (`kind line ...`).
    public var outline: String {
        var text = path + "\n"
        walk { block, depth in
            text += String(repeating: "  ", count: depth + 1) + Inspection.position(block.range) + " " + Inspection.describe(block) + "\n"
        }
        let list = document.readingList
        for bookmark in list.bookmarks {
            text += "  bookmark \(bookmark.line) \(bookmark.id) \(bookmark.url)"
                + (bookmark.title.map { " " + Inspection.quoted($0) } ?? "")
                + Inspection.section(bookmark.sectionPath) + "\n"
        }
        for work in list.works {
            text += "  work \(work.line) \(work.id) \(work.kind.rawValue) " + Inspection.quoted(work.title) + Inspection.section(work.sectionPath) + "\n"
        }
        for link in list.links {
            text += "  link \(link.line) \(link.id) \(link.url) " + Inspection.quoted(link.text) + Inspection.section(link.sectionPath) + "\n"
        }
        return text
    }

    // MARK: Walking the tree

    /// Visits every block in document order with its depth, without recursion.
    func walk(_ visit: (Block, Int) -> Void) {
        var stack: [(ArraySlice<Block>, Int)] = [(document.blocks[...], 0)]
        while let (blocks, depth) = stack.popLast() {
            guard let block = blocks.first else { continue }
            stack.append((blocks.dropFirst(), depth))
            visit(block, depth)
            switch block.kind {
            case .blockQuote(let children):
                stack.append((children[...], depth + 1))
            case .list(let list):
                for item in list.items.reversed() { stack.append((item.blocks[...], depth + 1)) }
            case .footnoteDefinition(let definition):
                stack.append((definition.blocks[...], depth + 1))
            case .definitionList(let list):
                for definition in list.items.flatMap(\.definitions).reversed() {
                    stack.append((definition.blocks[...], depth + 1))
                }
            case .paragraph, .heading, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }

    /// The inline content a block holds directly.
    static func inlineRuns(of block: Block) -> [[Inline]] {
        switch block.kind {
        case .paragraph(let content): [content]
        case .heading(let heading): [heading.content]
        case .table(let table): table.header + table.rows.flatMap { $0 }
        case .definitionList(let list): list.items.flatMap { $0.terms.map(\.content) }
        case .thematicBreak, .blockQuote, .list, .codeBlock, .html, .footnoteDefinition, .math, .tableOfContents: []
        }
    }

    // MARK: Text

    private static func describe(_ block: Block) -> String {
        switch block.kind {
        case .paragraph(let content):
            var images: [String] = []
            content.forEachInline { if case .image(let image) = $0 { images.append(" image " + image.source) } }
            return "paragraph " + quoted(content.plainText) + images.joined()
        case .heading(let heading):
            return "heading \(heading.level) " + quoted(heading.content.plainText)
        case .thematicBreak:
            return "thematicBreak"
        case .blockQuote:
            return "blockQuote"
        case .list(let list):
            let marker: String
            switch list.marker {
            case .bullet(let character): marker = "bullet \(character)"
            case .ordered(let start, let delimiter): marker = "ordered \(start)\(delimiter.rawValue)"
            }
            return "list \(marker) \(list.isTight ? "tight" : "loose"), \(list.items.count) items"
        case .codeBlock(let code):
            return "codeBlock \(code.style.rawValue)" + (code.language.map { " " + $0 } ?? "")
        case .html(let text):
            return "html " + quoted(text)
        case .table(let table):
            return "table \(table.alignments.count) columns, \(table.rows.count) rows"
        case .footnoteDefinition(let definition):
            return "footnoteDefinition " + quoted(definition.label)
        case .math(let tex):
            return "math " + quoted(tex)
        case .tableOfContents:
            return "tableOfContents"
        case .definitionList(let list):
            let terms = list.items.reduce(0) { $0 + $1.terms.count }
            let definitions = list.items.reduce(0) { $0 + $1.definitions.count }
            return "definitionList \(terms) terms, \(definitions) definitions"
        }
    }

    private static func position(_ range: SourceRange) -> String {
        "\(range.start.line):\(range.start.column)-\(range.end.line):\(range.end.column)"
    }

    /// `text` in double quotes, on one line, cut to 60 characters.
    private static func quoted(_ text: String) -> String {
        var line = String(text.map { $0 == "\n" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
        if line.count > 60 { line = line.prefix(59) + "…" }
        return "\"" + line + "\""
    }

    private static func section(_ path: [String]) -> String {
        path.isEmpty ? "" : " in " + path.joined(separator: " > ")
    }
}
