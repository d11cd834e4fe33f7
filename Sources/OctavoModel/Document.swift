/// A parsed document: its metadata and its blocks.
public struct Document: Sendable, Hashable {
    /// The version of the document tree's JSON form.
    public static let formatVersion = 1

    public var metadata: Metadata
    public var blocks: [Block]
    /// The references the blocks make; filled by the reading-list pass.
    public var readingList: ReadingList

    public init(metadata: Metadata = Metadata(), blocks: [Block], readingList: ReadingList = ReadingList()) {
        self.metadata = metadata
        self.blocks = blocks
        self.readingList = readingList
    }
}

/// What is known about a document besides its content.
public struct Metadata: Sendable, Hashable, Codable {
    /// The path the document was read from, as given on the command line; nil for stdin.
    public var source: String?

    public init(source: String? = nil) {
        self.source = source
    }
}
