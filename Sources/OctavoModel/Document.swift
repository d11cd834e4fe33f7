/// A parsed document: its metadata and its blocks.
public struct Document: Sendable, Hashable {
    /// The version of the document tree's JSON form.
    public static let formatVersion = 1

    public var metadata: Metadata
    public var blocks: [Block]

    public init(metadata: Metadata = Metadata(), blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}
