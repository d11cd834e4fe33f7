/// `items`.
extension DefinitionList: Codable {
    private enum CodingKeys: String, CodingKey {
        case items
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(items: try container.decode([DefinitionItem].self, forKey: .items))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
    }
}

/// `terms` and `definitions`.
extension DefinitionItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case terms, definitions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            terms: try container.decode([DefinitionTerm].self, forKey: .terms),
            definitions: try container.decode([Definition].self, forKey: .definitions))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(terms, forKey: .terms)
        try container.encode(definitions, forKey: .definitions)
    }
}

/// `attributes` (omitted when empty) and `content`.
extension DefinitionTerm: Codable {
    private enum CodingKeys: String, CodingKey {
        case attributes, content
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            content: try container.decode([Inline].self, forKey: .content),
            attributes: try container.decodeIfPresent(Attributes.self, forKey: .attributes) ?? Attributes())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(content, forKey: .content)
    }
}

/// `range`, `attributes` (omitted when empty), `tight` and `blocks`.
extension Definition: Codable {
    private enum CodingKeys: String, CodingKey {
        case range, attributes, tight, blocks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            blocks: try container.decode([Block].self, forKey: .blocks),
            isTight: try container.decode(Bool.self, forKey: .tight),
            attributes: try container.decodeIfPresent(Attributes.self, forKey: .attributes) ?? Attributes(),
            range: try container.decode(SourceRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
        try container.encode(isTight, forKey: .tight)
        try container.encode(blocks, forKey: .blocks)
    }
}
