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

/// What is known about a document besides its content.
public struct Metadata: Sendable, Hashable, Codable {
    /// The path the document was read from, as given on the command line; nil for stdin.
    public var source: String?

    public init(source: String? = nil) {
        self.source = source
    }
}
