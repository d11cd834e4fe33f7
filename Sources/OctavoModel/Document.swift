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
