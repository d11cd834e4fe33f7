import OctavoModel

/// How `ContentDocumentRenderer` writes a post.
public struct ContentDocumentSettings: Sendable {
    /// Typography and the other writer options.
    public var options: WriterOptions
    /// The document's language unless its front matter declares one (`lang`, else
    /// `language`); nil: detected from the text.
    public var language: String?
    /// The stylesheet to link from the head, such as `../styles/book.css`; nil: none.
    public var stylesheetHref: String?
    /// Whether the metadata's title opens the body as an `<h1>`.
    public var includesTitleHeading: Bool

    public init(options: WriterOptions = WriterOptions(), language: String? = nil, stylesheetHref: String? = nil,
                includesTitleHeading: Bool = true) {
        self.options = options
        self.language = language
        self.stylesheetHref = stylesheetHref
        self.includesTitleHeading = includesTitleHeading
    }
}

/// A heading of a content document, for a book's navigation.
public struct ContentHeading: Sendable, Hashable {
    /// 1 to 6.
    public var level: Int
    /// The heading's `id` in the document, unique there.
    public var id: String
    /// The heading's text without markup.
    public var text: String

    public init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}

/// One rendered content document and what the package document needs to know about it.
public struct ContentDocument: Sendable {
    /// The XHTML, UTF-8.
    public var bytes: [UInt8]
    /// The language written on `<html>`, a language tag.
    public var language: String
    /// Warnings about the post (raw HTML that lost content, refused addresses, …) at
    /// positions in the post. Their `path` is empty: the caller knows the post's path
    /// and fills it in.
    public var diagnostics: [Diagnostic]
    /// Whether the document holds MathML (the EPUB manifest's `mathml` property).
    public var containsMathML: Bool
    /// The headings a table of contents lists (every heading without the class
    /// `no_toc`), in document order.
    public var headings: [ContentHeading]
}
