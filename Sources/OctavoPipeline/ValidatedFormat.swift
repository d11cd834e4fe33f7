import OctavoXML

/// A kind of XML document `octavo validate` checks, how it is recognised, and the
/// embedded schema it must match. Another format is one more entry in `all`.
public struct ValidatedFormat: Sendable, Hashable {
    /// The name messages use, such as `OPML 2.0`.
    public let name: String
    /// File extensions, lowercase and without the dot.
    public let fileExtensions: [String]
    /// The local name of the root element, for files whose extension says nothing.
    public let rootElement: String
    /// The embedded schema it must match.
    public let schemaName: EmbeddedSchema

    public init(name: String, fileExtensions: [String], rootElement: String, schemaName: EmbeddedSchema) {
        self.name = name
        self.fileExtensions = fileExtensions
        self.rootElement = rootElement
        self.schemaName = schemaName
    }

    /// Every format `octavo validate` knows.
    public static let all = [
        ValidatedFormat(name: "OPML 2.0", fileExtensions: ["opml"], rootElement: "opml", schemaName: .opml2_0),
        ValidatedFormat(name: "EPUB 3 content document", fileExtensions: ["xhtml"], rootElement: "html", schemaName: .xhtmlContent),
    ]

    /// The format of a file: by its extension, else by the root element of `bytes`.
    public static func recognise(path: String, bytes: [UInt8]) -> ValidatedFormat? {
        let name = path.split(separator: "/").last ?? ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let fileExtension = name[name.index(after: dot)...].lowercased()
            if let format = all.first(where: { $0.fileExtensions.contains(fileExtension) }) { return format }
        }
        guard let root = RootElement.name(in: bytes) else { return nil }
        return all.first { $0.rootElement == root }
    }
}
