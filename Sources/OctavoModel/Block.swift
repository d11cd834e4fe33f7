/// A block-level node with the source range it came from and its attributes.
public struct Block: Sendable, Hashable {
    public var kind: BlockKind
    public var range: SourceRange
    public var attributes: Attributes

    public init(_ kind: BlockKind, range: SourceRange, attributes: Attributes = Attributes()) {
        self.kind = kind
        self.range = range
        self.attributes = attributes
    }
}

/// Every kind of block a document can hold.
public enum BlockKind: Sendable, Hashable {
    case paragraph([Inline])
    case heading(Heading)
    case thematicBreak
    case blockQuote([Block])
    case list(List)
    case codeBlock(CodeBlock)
    /// A raw HTML block, copied verbatim (including its final line ending).
    case html(String)
    case table(Table)
    case footnoteDefinition(FootnoteDefinition)
    /// Display math: kramdown's `$$...$$` standing alone; the TeX exactly as written, trimmed.
    case math(String)
    /// Where a table of contents of the document's headings goes (kramdown's `{:toc}`).
    case tableOfContents
    /// kramdown's definition list (`term` lines, then `: definition` lines).
    case definitionList(DefinitionList)
}

/// How a heading was written.
public enum HeadingStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// `# Title`
    case atx
    /// `Title` underlined with `===` or `---`.
    case setext
}

/// A section heading, level 1 to 6.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var content: [Inline]
    public var style: HeadingStyle

    public init(level: Int, content: [Inline], style: HeadingStyle) {
        self.level = level
        self.content = content
        self.style = style
    }
}

/// The delimiter after an ordered list number.
public enum OrderedDelimiter: String, Sendable, Hashable, Codable, CaseIterable {
    case period = "."
    case parenthesis = ")"
}

/// What marks the items of a list.
public enum ListMarker: Sendable, Hashable {
    /// `-`, `+` or `*`.
    case bullet(Character)
    /// A number followed by `.` or `)`; `start` is the first item's number.
    case ordered(start: Int, delimiter: OrderedDelimiter)
}

/// A bullet or ordered list.
public struct List: Sendable, Hashable {
    public var marker: ListMarker
    /// A tight list renders its paragraphs without `<p>` tags.
    public var isTight: Bool
    public var items: [ListItem]

    public init(marker: ListMarker, isTight: Bool, items: [ListItem]) {
        self.marker = marker
        self.isTight = isTight
        self.items = items
    }
}

/// The state of a GFM task list item.
public enum TaskState: String, Sendable, Hashable, Codable, CaseIterable {
    case unchecked
    case checked
}

/// One list item and the blocks it contains.
public struct ListItem: Sendable, Hashable {
    public var blocks: [Block]
    /// Set for GFM task list items (`- [ ]` and `- [x]`).
    public var task: TaskState?
    /// kramdown decides item by item: true if the item's first paragraph is written
    /// without `<p>` (its other blocks never are). Nil where the list's `isTight` applies.
    public var isTight: Bool?
    public var range: SourceRange

    public init(blocks: [Block], task: TaskState? = nil, isTight: Bool? = nil, range: SourceRange) {
        self.blocks = blocks
        self.task = task
        self.isTight = isTight
        self.range = range
    }
}

/// How a code block was written.
public enum CodeBlockStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case fenced
    case indented
}

/// A literal code block.
public struct CodeBlock: Sendable, Hashable {
    public var style: CodeBlockStyle
    /// The info string of a fenced block (language first); empty when absent.
    public var info: String
    /// The literal code, each line ending in a line feed.
    public var text: String

    public init(style: CodeBlockStyle, info: String, text: String) {
        self.style = style
        self.info = info
        self.text = text
    }

    /// The first word of the info string, conventionally the language.
    public var language: String? {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first
        return word.map(String.init)
    }
}

/// The alignment of a table column.
public enum ColumnAlignment: String, Sendable, Hashable, Codable, CaseIterable {
    case none
    case left
    case center
    case right
}

/// A table: a header row, its column alignments and the body rows.
public struct Table: Sendable, Hashable {
    public var alignments: [ColumnAlignment]
    /// The header cells; empty for a kramdown table written without a separator line.
    public var header: [[Inline]]
    /// Body rows; every row has exactly `alignments.count` cells.
    public var rows: [[[Inline]]]

    public init(alignments: [ColumnAlignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }
}

/// A footnote definition `[^label]: text`, kept where it was written.
public struct FootnoteDefinition: Sendable, Hashable {
    /// The label, normalised as link labels are.
    public var label: String
    public var blocks: [Block]

    public init(label: String, blocks: [Block]) {
        self.label = label
        self.blocks = blocks
    }
}
