import OctavoModel

/// Writes a document as an HTML body fragment in CommonMark's rendering.
public struct HTMLWriter: Writer {
    public static let format = "html"
    public static let summary = "HTML body fragment, as CommonMark renders it"
    public static let fileExtension = "html"

    public init(options: WriterOptions) {}

    public func write(_ document: Document, to output: inout [UInt8]) {
    }
}
