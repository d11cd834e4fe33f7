/// `bookmarks`, `works` and `links`, each always present.
extension ReadingList: Codable {
    private enum CodingKeys: String, CodingKey {
        case bookmarks, works, links
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            bookmarks: try container.decode([Bookmark].self, forKey: .bookmarks),
            works: try container.decode([Work].self, forKey: .works),
            links: try container.decode([InlineLink].self, forKey: .links))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bookmarks, forKey: .bookmarks)
        try container.encode(works, forKey: .works)
        try container.encode(links, forKey: .links)
    }
}

/// `id`, `url`, `title` (omitted when absent), `notes`, `sectionPath`, `range` and `line`.
extension Bookmark: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, url, title, notes, sectionPath, range, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = Self.parts(ofID: try container.decode(String.self, forKey: .id))
        self.init(
            contentID: id.contentID, occurrence: id.occurrence,
            url: try container.decode(String.self, forKey: .url),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            notes: try container.decode([String].self, forKey: .notes),
            sectionPath: try container.decode([String].self, forKey: .sectionPath),
            range: try container.decode(SourceRange.self, forKey: .range),
            line: try container.decode(Int.self, forKey: .line))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(notes, forKey: .notes)
        try container.encode(sectionPath, forKey: .sectionPath)
        try container.encode(range, forKey: .range)
        try container.encode(line, forKey: .line)
    }
}

/// `id`, `title`, `kind`, `context` (omitted when absent), `sectionPath`, `range` and `line`.
extension Work: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, kind, context, sectionPath, range, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = Self.parts(ofID: try container.decode(String.self, forKey: .id))
        self.init(
            contentID: id.contentID, occurrence: id.occurrence,
            title: try container.decode(String.self, forKey: .title),
            kind: try container.decode(WorkKind.self, forKey: .kind),
            context: try container.decodeIfPresent(String.self, forKey: .context),
            sectionPath: try container.decode([String].self, forKey: .sectionPath),
            range: try container.decode(SourceRange.self, forKey: .range),
            line: try container.decode(Int.self, forKey: .line))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encode(sectionPath, forKey: .sectionPath)
        try container.encode(range, forKey: .range)
        try container.encode(line, forKey: .line)
    }
}

/// `id`, `url`, `text`, `sectionPath`, `range` and `line`.
extension InlineLink: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, url, text, sectionPath, range, line
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = Self.parts(ofID: try container.decode(String.self, forKey: .id))
        self.init(
            contentID: id.contentID, occurrence: id.occurrence,
            url: try container.decode(String.self, forKey: .url),
            text: try container.decode(String.self, forKey: .text),
            sectionPath: try container.decode([String].self, forKey: .sectionPath),
            range: try container.decode(SourceRange.self, forKey: .range),
            line: try container.decode(Int.self, forKey: .line))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(text, forKey: .text)
        try container.encode(sectionPath, forKey: .sectionPath)
        try container.encode(range, forKey: .range)
        try container.encode(line, forKey: .line)
    }
}
