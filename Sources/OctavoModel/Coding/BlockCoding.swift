/// The JSON form of a block: one object holding `type`, `range`, `attributes`
/// (omitted when empty) and the fields of its kind, e.g.
/// `{"type":"paragraph","range":{...},"content":[...]}`.
extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case range, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            try BlockKind(from: decoder),
            range: try container.decode(SourceRange.self, forKey: .range),
            attributes: try container.decodeIfPresent(Attributes.self, forKey: .attributes) ?? Attributes())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try kind.encode(to: encoder)
    }
}

/// The `type` of a block and the fields of its kind, flattened into the block's object.
extension BlockKind: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, content, blocks, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try container.decode([Inline].self, forKey: .content))
        case "heading": self = .heading(try Heading(from: decoder))
        case "thematicBreak": self = .thematicBreak
        case "blockQuote": self = .blockQuote(try container.decode([Block].self, forKey: .blocks))
        case "list": self = .list(try List(from: decoder))
        case "codeBlock": self = .codeBlock(try CodeBlock(from: decoder))
        case "html": self = .html(try container.decode(String.self, forKey: .text))
        case "table": self = .table(try Table(from: decoder))
        case "footnoteDefinition": self = .footnoteDefinition(try FootnoteDefinition(from: decoder))
        case "math": self = .math(try container.decode(String.self, forKey: .text))
        case "tableOfContents": self = .tableOfContents
        case "definitionList": self = .definitionList(try DefinitionList(from: decoder))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown block type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let content):
            try container.encode("paragraph", forKey: .type)
            try container.encode(content, forKey: .content)
        case .heading(let heading):
            try container.encode("heading", forKey: .type)
            try heading.encode(to: encoder)
        case .thematicBreak:
            try container.encode("thematicBreak", forKey: .type)
        case .blockQuote(let blocks):
            try container.encode("blockQuote", forKey: .type)
            try container.encode(blocks, forKey: .blocks)
        case .list(let list):
            try container.encode("list", forKey: .type)
            try list.encode(to: encoder)
        case .codeBlock(let codeBlock):
            try container.encode("codeBlock", forKey: .type)
            try codeBlock.encode(to: encoder)
        case .html(let text):
            try container.encode("html", forKey: .type)
            try container.encode(text, forKey: .text)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try table.encode(to: encoder)
        case .footnoteDefinition(let definition):
            try container.encode("footnoteDefinition", forKey: .type)
            try definition.encode(to: encoder)
        case .math(let tex):
            try container.encode("math", forKey: .type)
            try container.encode(tex, forKey: .text)
        case .tableOfContents:
            try container.encode("tableOfContents", forKey: .type)
        case .definitionList(let list):
            try container.encode("definitionList", forKey: .type)
            try list.encode(to: encoder)
        }
    }
}

/// `level` (1 to 6), `style` and `content`.
extension Heading: Codable {
    private enum CodingKeys: String, CodingKey {
        case level, style, content
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let level = try container.decode(Int.self, forKey: .level)
        guard (1...6).contains(level) else {
            throw DecodingError.dataCorruptedError(
                forKey: .level, in: container, debugDescription: "heading level \(level) is not between 1 and 6")
        }
        self.init(
            level: level,
            content: try container.decode([Inline].self, forKey: .content),
            style: try container.decode(HeadingStyle.self, forKey: .style))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(style, forKey: .style)
        try container.encode(content, forKey: .content)
    }
}

/// `style`, `info` (omitted when empty) and `text`.
extension CodeBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case style, info, text
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            style: try container.decode(CodeBlockStyle.self, forKey: .style),
            info: try container.decodeIfPresent(String.self, forKey: .info) ?? "",
            text: try container.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(style, forKey: .style)
        if !info.isEmpty { try container.encode(info, forKey: .info) }
        try container.encode(text, forKey: .text)
    }
}

/// `alignments`, `header` (one inline array per cell) and `rows` (arrays of cells).
///
/// Decoding checks that every row has one cell per column.
extension Table: Codable {
    private enum CodingKeys: String, CodingKey {
        case alignments, header, rows
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let alignments = try container.decode([ColumnAlignment].self, forKey: .alignments)
        let header = try container.decode([[Inline]].self, forKey: .header)
        let rows = try container.decode([[[Inline]]].self, forKey: .rows)
        guard header.isEmpty || header.count == alignments.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .header, in: container,
                debugDescription: "the header has \(header.count) cells for \(alignments.count) columns")
        }
        if let index = rows.firstIndex(where: { $0.count != alignments.count }) {
            throw DecodingError.dataCorruptedError(
                forKey: .rows, in: container,
                debugDescription: "row \(index) has \(rows[index].count) cells for \(alignments.count) columns")
        }
        self.init(alignments: alignments, header: header, rows: rows)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(alignments, forKey: .alignments)
        try container.encode(header, forKey: .header)
        try container.encode(rows, forKey: .rows)
    }
}

/// `label` and `blocks`.
extension FootnoteDefinition: Codable {
    private enum CodingKeys: String, CodingKey {
        case label, blocks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            label: try container.decode(String.self, forKey: .label),
            blocks: try container.decode([Block].self, forKey: .blocks))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(label, forKey: .label)
        try container.encode(blocks, forKey: .blocks)
    }
}
