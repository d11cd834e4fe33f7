import OctavoModel

/// A writer that turns all documents of a run into the bytes of one output file
/// (a reading list, a bibliography), in the order the documents are given.
public protocol CollectionWriter: Sendable {
    /// The name given to `--to`.
    static var format: String { get }
    /// One line for `--list-formats`.
    static var summary: String { get }
    /// The extension of files written in this format, without the dot.
    static var fileExtension: String { get }
    /// The file name in `schemas/` of the RelaxNG schema every output must match
    /// before it is written; nil for formats that are not XML.
    static var schemaName: String? { get }

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
