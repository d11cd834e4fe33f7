/// The JSON form of inline content: one object per node, tagged by `type`,
/// e.g. `{"type":"text","text":"..."}` or `{"type":"softBreak"}`.
///
/// Literal strings (`text`, `code`, `html`, `math`) are under `text`; children under `content`.
extension Inline: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, text, content, label, title, attributes, inline
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try container.decode(String.self, forKey: .text))
        case "softBreak": self = .softBreak
        case "lineBreak": self = .lineBreak
        case "code": self = .code(try container.decode(String.self, forKey: .text))
        case "emphasis": self = .emphasis(try container.decode([Inline].self, forKey: .content))
        case "strong": self = .strong(try container.decode([Inline].self, forKey: .content))
        case "strikethrough": self = .strikethrough(try container.decode([Inline].self, forKey: .content))
        case "link": self = .link(try Link(from: decoder))
        case "image": self = .image(try Image(from: decoder))
        case "html": self = .html(try container.decode(String.self, forKey: .text))
        case "footnoteReference": self = .footnoteReference(try container.decode(String.self, forKey: .label))
        case "math": self = .math(try container.decode(String.self, forKey: .text))
        case "abbreviation":
            self = .abbreviation(Abbreviation(
                text: try container.decode(String.self, forKey: .text),
                title: try container.decodeIfPresent(String.self, forKey: .title) ?? ""))
        case "attributed":
            self = .attributed(AttributedInline(
                attributes: try container.decode(Attributes.self, forKey: .attributes),
                inline: try container.decode(Inline.self, forKey: .inline)))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown inline type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .type)
            try container.encode(text, forKey: .text)
        case .softBreak:
            try container.encode("softBreak", forKey: .type)
        case .lineBreak:
            try container.encode("lineBreak", forKey: .type)
        case .code(let text):
            try container.encode("code", forKey: .type)
            try container.encode(text, forKey: .text)
        case .emphasis(let content):
            try container.encode("emphasis", forKey: .type)
            try container.encode(content, forKey: .content)
        case .strong(let content):
            try container.encode("strong", forKey: .type)
            try container.encode(content, forKey: .content)
        case .strikethrough(let content):
            try container.encode("strikethrough", forKey: .type)
            try container.encode(content, forKey: .content)
        case .link(let link):
            try container.encode("link", forKey: .type)
            try link.encode(to: encoder)
        case .image(let image):
            try container.encode("image", forKey: .type)
            try image.encode(to: encoder)
        case .html(let text):
            try container.encode("html", forKey: .type)
            try container.encode(text, forKey: .text)
        case .footnoteReference(let label):
            try container.encode("footnoteReference", forKey: .type)
            try container.encode(label, forKey: .label)
        case .math(let tex):
            try container.encode("math", forKey: .type)
            try container.encode(tex, forKey: .text)
        case .abbreviation(let abbreviation):
            try container.encode("abbreviation", forKey: .type)
            try container.encode(abbreviation.text, forKey: .text)
            if !abbreviation.title.isEmpty { try container.encode(abbreviation.title, forKey: .title) }
        case .attributed(let attributed):
            try container.encode("attributed", forKey: .type)
            try container.encode(attributed.attributes, forKey: .attributes)
            try container.encode(attributed.inline, forKey: .inline)
        }
    }
}

/// The fields of a link inside its inline object; `title` and `attributes` are omitted when empty.
extension Link: Codable {
    private enum CodingKeys: String, CodingKey {
        case destination, title, style, attributes, content
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            destination: try container.decode(String.self, forKey: .destination),
            title: try container.decodeIfPresent(String.self, forKey: .title) ?? "",
            content: try container.decode([Inline].self, forKey: .content),
            style: try container.decode(LinkStyle.self, forKey: .style),
            attributes: try container.decodeIfPresent(Attributes.self, forKey: .attributes) ?? Attributes())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(destination, forKey: .destination)
        if !title.isEmpty { try container.encode(title, forKey: .title) }
        try container.encode(style, forKey: .style)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(content, forKey: .content)
    }
}

/// The fields of an image inside its inline object; `title` and `attributes` are omitted when empty.
extension Image: Codable {
    private enum CodingKeys: String, CodingKey {
        case source, title, style, attributes, description
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decode(String.self, forKey: .source),
            title: try container.decodeIfPresent(String.self, forKey: .title) ?? "",
            description: try container.decode([Inline].self, forKey: .description),
            style: try container.decode(LinkStyle.self, forKey: .style),
            attributes: try container.decodeIfPresent(Attributes.self, forKey: .attributes) ?? Attributes())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        if !title.isEmpty { try container.encode(title, forKey: .title) }
        try container.encode(style, forKey: .style)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(description, forKey: .description)
    }
}
