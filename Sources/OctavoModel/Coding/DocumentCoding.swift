/// The JSON form of a document:
/// `{"version":1,"metadata":{...},"blocks":[...],"readingList":{...}}`.
///
/// Decoding rejects any `version` other than `Document.formatVersion`. A missing
/// `readingList` (JSON written before it existed) reads as an empty one.
extension Document: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, metadata, blocks, readingList
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == Document.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "unsupported document format version \(version); this version of Octavo reads version \(Document.formatVersion)")
        }
        self.init(
            metadata: try container.decode(Metadata.self, forKey: .metadata),
            blocks: try container.decode([Block].self, forKey: .blocks),
            readingList: try container.decodeIfPresent(ReadingList.self, forKey: .readingList) ?? ReadingList())
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Document.formatVersion, forKey: .version)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(readingList, forKey: .readingList)
    }
}
