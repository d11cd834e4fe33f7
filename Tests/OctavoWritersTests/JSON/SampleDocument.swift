import OctavoModel

/// A hand-built document holding every kind of block and inline, with attributes,
/// titles, task states, CJK text and characters JSON must escape.
enum SampleDocument {
    static func range(_ line: Int, _ column: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: endLine, column: endColumn))
    }

    static let metadata = Metadata(
        source: "posts/2026-7-9-深度学习.markdown", title: "Reading \"深度学习\"",
        date: PostDate(year: 2026, month: 7, day: 9, hour: 10, minute: 30, second: 0, utcOffsetMinutes: 480),
        categories: ["DL", "Deep Learning"], tags: ["ml"], layout: "post", slug: "深度学习", lang: "zh",
        fields: [
            MetadataEntry(key: "comments", value: .bool(true)),
            MetadataEntry(key: "stars", value: .int(-3)),
            MetadataEntry(key: "ratio", value: .double(1.5)),
            MetadataEntry(key: "whole", value: .double(2)),
            MetadataEntry(key: "empty", value: .null),
            MetadataEntry(key: "list", value: .list([.string("a"), .int(1)])),
            MetadataEntry(key: "zeta", value: .map([
                MetadataEntry(key: "z", value: .string("last")), MetadataEntry(key: "a", value: .list([])),
            ])),
        ])

    static let document = Document(metadata: metadata, blocks: [
        Block(.heading(Heading(level: 1, content: [.text("Reading list 《深度学习》")], style: .atx)),
              range: range(1, 1, 1, 30),
              attributes: Attributes(id: "reading-list", classes: ["top", "wide"], pairs: [KeyValue(key: "lang", value: "zh \"CN\"")])),
        Block(.heading(Heading(level: 2, content: [.emphasis([.text("Setext")])], style: .setext)), range: range(3, 1, 4, 6)),
        Block(.paragraph([
            .text("Plain, "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .softBreak,
            .strikethrough([.text("gone")]), .lineBreak, .code("a \\ b \"c\""),
            .link(Link(destination: "https://example.com/a?b=1&c=2", title: "Example \"title\"", content: [.text("link")], style: .inline)),
            .link(Link(destination: "https://arxiv.org/abs/1706.03762", content: [.text("https://arxiv.org/abs/1706.03762")], style: .bare)),
            .link(Link(destination: "mailto:user@example.com", content: [.text("user@example.com")], style: .autolink)),
            .image(Image(source: "/images/cat.png", title: "A cat", description: [.text("a "), .emphasis([.text("cat")])], style: .reference)),
            .image(Image(source: "dog.jpg", description: [], style: .inline)),
            .html("<span class=\"x\">"), .footnoteReference("note"), .math("p_k = \\frac{a|b}{2} \\\\ *x* \\{"),
            .abbreviation(Abbreviation(text: "HTML", title: "Hyper Text \"Markup\" Language")),
            .abbreviation(Abbreviation(text: "CSS", title: "")),
            .attributed(AttributedInline(attributes: Attributes(id: "dog", classes: ["hund"]), inline: .code("span"))),
            .link(Link(destination: "https://example.org", content: [.text("new tab")], style: .inline,
                       attributes: Attributes(pairs: [KeyValue(key: "target", value: "_blank")]))),
            .image(Image(source: "wide.png", description: [.text("wide")], style: .inline,
                         attributes: Attributes(classes: ["full"], pairs: [KeyValue(key: "width", value: "50%")]))),
        ]), range: range(6, 1, 8, 40)),
        Block(.math("\\begin{aligned} a &= b \\\\ c &< d \\end{aligned}"), range: range(9, 1, 9, 40),
              attributes: Attributes(id: "eq-1")),
        Block(.tableOfContents, range: range(9, 41, 9, 50), attributes: Attributes(id: "markdown-toc")),
        Block(.thematicBreak, range: range(10, 1, 10, 3)),
        Block(.blockQuote([
            Block(.paragraph([.text("Quoted\ttab, control \u{01}\u{1F} and \u{7F}, backslash \\ and \"quotes\"")]), range: range(12, 3, 12, 50)),
        ]), range: range(12, 1, 12, 50)),
        Block(.list(List(marker: .bullet("-"), isTight: true, items: [
            ListItem(blocks: [Block(.paragraph([.text("done")]), range: range(14, 7, 14, 10))], task: .checked, range: range(14, 1, 14, 10)),
            ListItem(blocks: [Block(.paragraph([.text("todo")]), range: range(15, 7, 15, 10))], task: .unchecked, range: range(15, 1, 15, 10)),
            ListItem(blocks: [], range: range(16, 1, 16, 1)),
        ])), range: range(14, 1, 16, 1)),
        Block(.list(List(marker: .ordered(start: 7, delimiter: .parenthesis), isTight: false, items: [
            ListItem(blocks: [
                Block(.paragraph([.text("seven")]), range: range(18, 4, 18, 8)),
                Block(.list(List(marker: .ordered(start: 0, delimiter: .period), isTight: true, items: [
                    ListItem(blocks: [Block(.paragraph([.text("zero")]), range: range(20, 7, 20, 10))], range: range(20, 4, 20, 10)),
                ])), range: range(20, 4, 20, 10)),
            ], range: range(18, 1, 20, 10)),
        ])), range: range(18, 1, 20, 10)),
        Block(.codeBlock(CodeBlock(style: .fenced, info: "swift {.numbered}", text: "let s = \"\\n\"\n\tindented()\n")), range: range(22, 1, 25, 3)),
        Block(.codeBlock(CodeBlock(style: .indented, info: "", text: "plain\n")), range: range(27, 5, 27, 9)),
        Block(.html("<div class=\"note\">\n  <p>raw</p>\n</div>\n"), range: range(29, 1, 31, 6)),
        Block(.table(Table(alignments: [.none, .left, .center, .right], header: [
            [.text("a")], [.text("b")], [], [.code("d")],
        ], rows: [
            [[.text("1")], [.strong([.text("2")])], [.text("三")], [.text("4")]],
            [[], [], [], []],
        ])), range: range(33, 1, 36, 17)),
        Block(.table(Table(alignments: [], header: [], rows: [])), range: range(38, 1, 38, 1)),
        Block(.footnoteDefinition(FootnoteDefinition(label: "note", blocks: [
            Block(.paragraph([.text("The footnote, ending in a newline\n")]), range: range(40, 9, 40, 40)),
        ])), range: range(40, 1, 40, 40)),
        Block(.footnoteDefinition(FootnoteDefinition(label: "empty", blocks: [])), range: range(42, 1, 42, 10),
              attributes: Attributes(pairs: [KeyValue(key: "k", value: "")])),
        Block(.paragraph([]), range: range(44, 1, 44, 1), attributes: Attributes(classes: ["only-class"])),
        Block(.definitionList(DefinitionList(items: [
            DefinitionItem(terms: [
                DefinitionTerm(content: [.text("kram")]),
                DefinitionTerm(content: [.emphasis([.text("down")])], attributes: Attributes(classes: ["term"])),
            ], definitions: [
                Definition(blocks: [Block(.paragraph([.text("tight")]), range: range(48, 3, 48, 7))],
                           isTight: true, range: range(48, 1, 48, 7)),
                Definition(blocks: [
                    Block(.paragraph([.text("loose")]), range: range(50, 3, 50, 7)),
                    Block(.codeBlock(CodeBlock(style: .indented, info: "", text: "code\n")), range: range(52, 7, 52, 10)),
                ], isTight: false, attributes: Attributes(id: "def"), range: range(50, 1, 52, 10)),
            ]),
            DefinitionItem(terms: [DefinitionTerm(content: [.text("novalue")])], definitions: [
                Definition(blocks: [], isTight: true, range: range(55, 1, 55, 2)),
            ]),
        ])), range: range(46, 1, 55, 2), attributes: Attributes(classes: ["dl-horizontal"])),
    ], readingList: ReadingList(
        bookmarks: [
            Bookmark(contentID: "b-0123456789abcdef", url: "https://arxiv.org/abs/1706.03762", title: "Attention \"is\" all",
                     notes: ["first note", "second\nnote"], sectionPath: ["Reading list 《深度学习》", "Setext"], range: range(6, 1, 8, 40)),
            Bookmark(contentID: "b-0123456789abcdef", occurrence: 2, url: "https://arxiv.org/abs/1706.03762", range: range(44, 1, 44, 1)),
        ],
        works: [
            Work(contentID: "w-fedcba9876543210", title: "深度学习", kind: .mention, context: "Reading list 《深度学习》",
                 sectionPath: ["Reading list 《深度学习》"], range: range(1, 1, 1, 30)),
            Work(contentID: "w-00000000000000ff", title: "A Survey", kind: .standalone, range: range(12, 3, 12, 50)),
        ],
        links: [
            InlineLink(contentID: "l-0000000000000001", url: "https://example.com/a?b=1&c=2", text: "link",
                       sectionPath: ["Reading list 《深度学习》", "Setext"], range: range(6, 1, 8, 40)),
        ]))

    /// The name of a block kind; the exhaustive switch breaks the build when a kind is added.
    static func name(of kind: BlockKind) -> String {
        switch kind {
        case .paragraph: "paragraph"
        case .heading: "heading"
        case .thematicBreak: "thematicBreak"
        case .blockQuote: "blockQuote"
        case .list: "list"
        case .codeBlock: "codeBlock"
        case .html: "html"
        case .table: "table"
        case .footnoteDefinition: "footnoteDefinition"
        case .math: "math"
        case .tableOfContents: "tableOfContents"
        case .definitionList: "definitionList"
        }
    }

    /// The name of an inline kind; the exhaustive switch breaks the build when a kind is added.
    static func name(of inline: Inline) -> String {
        switch inline {
        case .text: "text"
        case .softBreak: "softBreak"
        case .lineBreak: "lineBreak"
        case .code: "code"
        case .emphasis: "emphasis"
        case .strong: "strong"
        case .strikethrough: "strikethrough"
        case .link: "link"
        case .image: "image"
        case .html: "html"
        case .footnoteReference: "footnoteReference"
        case .math: "math"
        case .abbreviation: "abbreviation"
        case .attributed: "attributed"
        }
    }

    static let allBlockNames: Set<String> = [
        "paragraph", "heading", "thematicBreak", "blockQuote", "list", "codeBlock", "html", "table", "footnoteDefinition",
        "math", "tableOfContents", "definitionList",
    ]
    static let allInlineNames: Set<String> = [
        "text", "softBreak", "lineBreak", "code", "emphasis", "strong", "strikethrough", "link", "image", "html",
        "footnoteReference", "math", "abbreviation", "attributed",
    ]

    /// The names of every block and inline kind used anywhere in `blocks`.
    static func kindNames(in blocks: [Block]) -> (blocks: Set<String>, inlines: Set<String>) {
        var blockNames: Set<String> = []
        var inlineNames: Set<String> = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                inlineNames.insert(name(of: inline))
                switch inline {
                case .emphasis(let children), .strong(let children), .strikethrough(let children): visit(children)
                case .link(let link): visit(link.content)
                case .image(let image): visit(image.description)
                case .attributed(let attributed): visit([attributed.inline])
                case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                blockNames.insert(name(of: block.kind))
                switch block.kind {
                case .paragraph(let content): visit(content)
                case .heading(let heading): visit(heading.content)
                case .blockQuote(let children): visit(children)
                case .list(let list): list.items.forEach { visit($0.blocks) }
                case .table(let table):
                    table.header.forEach { visit($0) }
                    table.rows.forEach { $0.forEach { visit($0) } }
                case .footnoteDefinition(let definition): visit(definition.blocks)
                case .definitionList(let list):
                    for item in list.items {
                        item.terms.forEach { visit($0.content) }
                        item.definitions.forEach { visit($0.blocks) }
                    }
                case .thematicBreak, .codeBlock, .html, .math, .tableOfContents: break
                }
            }
        }
        visit(blocks)
        return (blockNames, inlineNames)
    }
}
