import OctavoModel

/// A document read from input bytes, with the warnings found on the way.
public struct Reading: Sendable {
    public var document: Document
    public var diagnostics: [Diagnostic]
    /// Whether the document is one Jekyll would not publish (`published: false`), so
    /// that a batch leaves it out: no output, and no error.
    public var isLeftOut: Bool

    public init(document: Document, diagnostics: [Diagnostic] = [], isLeftOut: Bool = false) {
        self.document = document
        self.diagnostics = diagnostics
        self.isLeftOut = isLeftOut
    }
}

/// A format `--from` can name, and how its bytes become a document.
public struct InputFormat: Sendable {
    /// The name given to `--from`.
    public let name: String
    /// One line for `--list-formats`.
    public let summary: String
    private let reader: @Sendable ([UInt8], String) throws -> Reading

    /// `read` turns bytes into a document; a `Diagnostic` it throws is reported as is.
    public init(name: String, summary: String, read: @escaping @Sendable (_ bytes: [UInt8], _ path: String) throws -> Reading) {
        self.name = name
        self.summary = summary
        self.reader = read
    }

    /// Reads `bytes`; `path` is the name messages use.
    public func read(_ bytes: [UInt8], path: String) throws -> Reading {
        try reader(bytes, path)
    }
}
