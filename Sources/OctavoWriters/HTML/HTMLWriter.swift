import OctavoModel

/// Writes a document as an HTML body fragment in CommonMark's rendering.
public struct HTMLWriter: Writer {
    public static let format = "html"
    public static let summary = "HTML body fragment, as CommonMark renders it"
    public static let fileExtension = "html"

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    /// The document as HTML, in the memory it was written to.
    public func rendering(_ document: Document) -> WriterOutput {
        var renderer = MarkupRenderer(options: options, dialect: .html, footnotes: FootnoteIndex(document.blocks),
                                      outline: Outline(document.blocks), resources: UnchangedResources())
        var buffer = ByteBuffer(capacity: 1 << 16)
        renderer.render(document.blocks, to: &buffer)
        renderer.renderFootnotes(to: &buffer)
        return WriterOutput(bytes: buffer.rendered())
    }
}
