import OctavoModel
import OctavoXML

/// A writer that turns all documents of a run into the bytes of one output file
/// (a reading list, a bibliography), in the order the documents are given.
public protocol CollectionWriter: Sendable {
    /// The name given to `--to`.
    static var format: String { get }
    /// One line for `--list-formats`.
    static var summary: String { get }
    /// The extension of files written in this format, without the dot.
    static var fileExtension: String { get }
    /// The embedded RelaxNG schema every output must match before it is written; nil
    /// for formats that are not XML.
    static var schemaName: EmbeddedSchema? { get }
    /// Whether the output is made from the reading lists' bookmarks, whose URLs are
    /// then put in WHATWG form first (a bookmark whose URL is none is left out with a
    /// warning). A format that writes the posts' text, not their reading lists, keeps
    /// every bookmark as written and has nothing to leave out.
    static var readsBookmarkURLs: Bool { get }

    init(options: WriterOptions)

    /// Appends the rendering of `documents` to `output`.
    func write(_ documents: [Document], to output: inout [UInt8])
}

extension CollectionWriter {
    /// The rendering of `documents` as bytes.
    public func render(_ documents: [Document]) -> [UInt8] {
        var output: [UInt8] = []
        write(documents, to: &output)
        return output
    }
}
