/// `marker`, `tight` and `items`.
extension List: Codable {
    private enum CodingKeys: String, CodingKey {
        case marker, tight, items
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            marker: try container.decode(ListMarker.self, forKey: .marker),
            isTight: try container.decode(Bool.self, forKey: .tight),
            items: try container.decode([ListItem].self, forKey: .items))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(marker, forKey: .marker)
        try container.encode(isTight, forKey: .tight)
        try container.encode(items, forKey: .items)
    }
}

/// `{"type":"bullet","character":"-"}` or `{"type":"ordered","start":1,"delimiter":"."}`.
extension ListMarker: Codable {
    private enum CodingKeys: String, CodingKey {
        case type, character, start, delimiter
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "bullet":
            let character = try container.decode(String.self, forKey: .character)
            guard character.count == 1, let first = character.first else {
                throw DecodingError.dataCorruptedError(
                    forKey: .character, in: container,
                    debugDescription: "a bullet must be one character, not \"\(character)\"")
            }
            self = .bullet(first)
        case "ordered":
            self = .ordered(
                start: try container.decode(Int.self, forKey: .start),
                delimiter: try container.decode(OrderedDelimiter.self, forKey: .delimiter))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown list marker type \"\(type)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .bullet(let character):
            try container.encode("bullet", forKey: .type)
            try container.encode(String(character), forKey: .character)
        case .ordered(let start, let delimiter):
            try container.encode("ordered", forKey: .type)
            try container.encode(start, forKey: .start)
            try container.encode(delimiter, forKey: .delimiter)
        }
    }
}

/// `range`, `task` (omitted unless a task item), `tight` (omitted unless decided for
/// the item) and `blocks`.
extension ListItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case range, task, tight, blocks
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            blocks: try container.decode([Block].self, forKey: .blocks),
            task: try container.decodeIfPresent(TaskState.self, forKey: .task),
            isTight: try container.decodeIfPresent(Bool.self, forKey: .tight),
            range: try container.decode(SourceRange.self, forKey: .range))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(range, forKey: .range)
        try container.encodeIfPresent(task, forKey: .task)
        try container.encodeIfPresent(isTight, forKey: .tight)
        try container.encode(blocks, forKey: .blocks)
    }
}
