/// `source`, `title`, `date` (ISO 8601), `slug`, `layout`, `lang`, `categories`, `tags`,
/// `fields` and `dialect`; absent values and empty lists are omitted.
extension Metadata: Codable {
    private enum CodingKeys: String, CodingKey {
        case source, title, date, slug, layout, lang, categories, tags, fields, dialect
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            source: try container.decodeIfPresent(String.self, forKey: .source),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            date: try container.decodeIfPresent(PostDate.self, forKey: .date),
            categories: try container.decodeIfPresent([String].self, forKey: .categories) ?? [],
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [],
            layout: try container.decodeIfPresent(String.self, forKey: .layout),
            slug: try container.decodeIfPresent(String.self, forKey: .slug),
            lang: try container.decodeIfPresent(String.self, forKey: .lang),
            fields: try container.decodeIfPresent([MetadataEntry].self, forKey: .fields) ?? [],
            dialect: try container.decodeIfPresent(MarkdownDialect.self, forKey: .dialect))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(slug, forKey: .slug)
        try container.encodeIfPresent(layout, forKey: .layout)
        try container.encodeIfPresent(lang, forKey: .lang)
        if !categories.isEmpty { try container.encode(categories, forKey: .categories) }
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        if !fields.isEmpty { try container.encode(fields, forKey: .fields) }
        try container.encodeIfPresent(dialect, forKey: .dialect)
    }
}

/// The ISO 8601 string of `description`, e.g. `"2017-12-22T10:30:00+08:00"`.
extension PostDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PostDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid date \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// `{"type":"string","value":"x"}` (likewise `int`, `double`, `bool`), `{"type":"null"}`,
/// `{"type":"list","items":[...]}` or `{"type":"map","entries":[...]}`: tagged, so that
/// a double stays a double and a map keeps its key order through a JSON round trip.
extension MetadataValue: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, value, items, entries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "string": self = .string(try container.decode(String.self, forKey: .value))
        case "int": self = .int(try container.decode(Int.self, forKey: .value))
        case "double": self = .double(try container.decode(Double.self, forKey: .value))
        case "bool": self = .bool(try container.decode(Bool.self, forKey: .value))
        case "null": self = .null
        case "list": self = .list(try container.decode([MetadataValue].self, forKey: .items))
        case "map": self = .map(try container.decode([MetadataEntry].self, forKey: .entries))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown metadata value type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .string(let text):
            try container.encode("string", forKey: .type)
            try container.encode(text, forKey: .value)
        case .int(let number):
            try container.encode("int", forKey: .type)
            try container.encode(number, forKey: .value)
        case .double(let number):
            try container.encode("double", forKey: .type)
            try container.encode(number, forKey: .value)
        case .bool(let flag):
            try container.encode("bool", forKey: .type)
            try container.encode(flag, forKey: .value)
        case .null:
            try container.encode("null", forKey: .type)
        case .list(let items):
            try container.encode("list", forKey: .type)
            try container.encode(items, forKey: .items)
        case .map(let entries):
            try container.encode("map", forKey: .type)
            try container.encode(entries, forKey: .entries)
        }
    }
}
