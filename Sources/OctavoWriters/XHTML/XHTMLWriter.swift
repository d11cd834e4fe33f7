import OctavoModel
import OctavoXML

/// Writes a post as an EPUB 3 content document, its images and links as written.
public struct XHTMLWriter: Writer {
    public static let format = "xhtml"
    public static let summary = "EPUB 3 content document (XHTML), checked against its schema"
    public static let fileExtension = "xhtml"
    public static let schemaName: EmbeddedSchema? = .xhtmlContent

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func rendering(_ document: Document) -> WriterOutput {
        var resources = UnchangedResources()
        let content = ContentDocumentRenderer.render(document, settings: ContentDocumentSettings(options: options), resources: &resources)
        return WriterOutput(bytes: content.bytes, diagnostics: content.diagnostics)
    }
}
