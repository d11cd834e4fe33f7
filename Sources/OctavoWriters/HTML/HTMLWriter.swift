import OctavoModel

/// Writes a document as an HTML body fragment in CommonMark's rendering, or with
/// `standalone` as a complete page.
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
        let blocks = options.archiveLinks ? ArchiveLink.blocks(of: document) : document.blocks
        let outline = Outline(blocks)
        var renderer = MarkupRenderer(options: options, dialect: .html, document: document, footnotes: FootnoteIndex(blocks),
                                      outline: outline, resources: UnchangedResources())
        var body = ByteBuffer(capacity: 1 << 16)
        renderer.render(blocks, to: &body)
        renderer.renderFootnotes(to: &body)
        guard options.standalone else { return WriterOutput(bytes: body.rendered()) }
        var page = ByteBuffer(capacity: body.count + 16_384)
        StandalonePage.appendHead(title: outline.pageTitle(of: document), language: LanguageDetection.language(of: document),
                                  options: options, loadsMathJax: renderer.containsTeXMath, to: &page)
        body.withUnsafeBufferPointer { page.append($0) }
        StandalonePage.appendTail(to: &page)
        return WriterOutput(bytes: page.rendered())
    }
}
