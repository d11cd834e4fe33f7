import OctavoModel
import OctavoXML

/// Writes a post as an EPUB 3 content document: an XHTML page with the EPUB namespace,
/// the post's language, its title and its blocks, footnotes as EPUB notes at the end.
public enum ContentDocumentRenderer {
    /// Renders `document`; `resources` decides where its images and links point.
    public static func render(_ document: Document, settings: ContentDocumentSettings,
                              resources: inout some ContentResources) -> ContentDocument {
        let (blocks, identifiers) = Self.blocks(of: document, settings: settings)
        let outline = Outline(blocks)
        let language = LanguageDetection.declaredLanguage(of: document.metadata) ?? settings.language.flatMap(LanguageTag.normalised)
            ?? LanguageDetection.language(of: document)
        var renderer = MarkupRenderer(options: settings.options, dialect: .xhtml, document: document, footnotes: FootnoteIndex(blocks),
                                      outline: outline, resources: resources, identifiers: identifiers)
        var output = ByteBuffer(capacity: 1 << 16)
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        output.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"")
        output.append(string: language)
        output.append("\" lang=\"")
        output.append(string: language)
        output.append("\">\n<head>\n<title>")
        ByteEscaping.appendEscapedMarkup(outline.pageTitle(of: document), to: &output)
        output.append("</title>\n")
        if let stylesheet = settings.stylesheetHref {
            output.append("<link rel=\"stylesheet\" type=\"text/css\" href=\"")
            ByteEscaping.appendEscapedURL(stylesheet, to: &output)
            output.append("\" />\n")
        }
        output.append("</head>\n<body>\n")
        if settings.includesTitleHeading, let title = document.metadata.title {
            output.append("<h1 class=\"chapter-title\">")
            renderer.render([.text(title)], to: &output)
            output.append("</h1>\n")
        }
        renderer.render(blocks, to: &output)
        renderer.renderFootnotes(to: &output)
        output.append("</body>\n</html>\n")
        resources = renderer.resources
        var bytes: [UInt8] = []
        output.copy(to: &bytes)
        XMLEscaping.removeForbidden(from: &bytes)
        return ContentDocument(
            bytes: bytes, language: language, diagnostics: renderer.diagnostics,
            containsMathML: renderer.containsMathML,
            headings: outline.entries.map { ContentHeading(level: $0.level, id: $0.id, text: $0.content.plainText) })
    }

    /// The blocks written for `document` (with archive links when the options ask for
    /// them), every heading with its identifier, and the identifiers so taken.
    static func blocks(of document: Document, settings: ContentDocumentSettings) -> ([Block], IdentifierRegistry) {
        var blocks = settings.options.archiveLinks ? ArchiveLink.blocks(of: document) : document.blocks
        let identifiers = IdentifierRegistry(assigningHeadingsOf: &blocks)
        return (blocks, identifiers)
    }
}
