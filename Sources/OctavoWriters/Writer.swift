import OctavoModel
import OctavoXML

/// Options every writer may read.
public struct WriterOptions: Sendable, Hashable {
    /// GFM's disallowed raw HTML: `<script>`, `<style>`, `<iframe>` and the other tags
    /// GitHub filters are written with `&lt;` so they show as text. nil (the default)
    /// filters them in documents read as GFM, as GitHub does.
    public var filtersDisallowedRawHTML: Bool?
    /// kramdown's default typography in text (curly quotes, dashes, ellipses, guillemets)
    /// for the markup writers. nil (the default) applies it to documents read as kramdown
    /// (Jekyll posts), whether they come from Markdown or from JSON, so that CommonMark
    /// and GFM output stays spec-exact; `--no-typography` sets false. JSON always keeps
    /// the source text.
    public var typography: Bool?
    /// The title of a collection (`--title`); collection writers fall back to the
    /// single post's title, then to `directoryName`.
    public var title: String?
    /// The name of the folder the inputs come from, the last fallback for a title.
    public var directoryName: String?
    /// One level of bookmarks instead of posts and sections (`--opml-flat`).
    public var flatOutline: Bool
    /// A fixed time for dates the output carries (`SOURCE_DATE_EPOCH`), in seconds since 1970.
    public var sourceDateEpoch: Int?
    /// The time of the run, in seconds since 1970: used only when neither
    /// `sourceDateEpoch` nor any post date gives a date.
    public var currentTime: Int?
    /// How math is written; nil leaves it to the format: MathML in XHTML (and so in
    /// EPUB books), TeX for MathJax in HTML. JSON always keeps the TeX.
    public var math: MathMarkup?
    /// HTML: a complete page (`--standalone`) with a title, the language, a stylesheet
    /// and, for TeX math, MathJax, instead of a body fragment.
    public var standalone: Bool
    /// A standalone page links this stylesheet instead of holding the default one.
    public var stylesheetLink: String?
    /// Beside each bookmark, a link to the Wayback Machine's copy of the page as it was
    /// on the post's date (`--archive-links`); see `ArchiveLink`.
    public var archiveLinks: Bool
    /// Whether fenced code in a known language is highlighted with classed spans; nil
    /// (the default) highlights it in XHTML (and so in EPUB books), not in HTML
    /// (`--highlight` sets true).
    public var highlightsCode: Bool?

    public init(
        filtersDisallowedRawHTML: Bool? = nil, typography: Bool? = nil, title: String? = nil,
        directoryName: String? = nil, flatOutline: Bool = false, sourceDateEpoch: Int? = nil, currentTime: Int? = nil,
        math: MathMarkup? = nil, standalone: Bool = false, stylesheetLink: String? = nil, archiveLinks: Bool = false,
        highlightsCode: Bool? = nil
    ) {
        self.filtersDisallowedRawHTML = filtersDisallowedRawHTML
        self.typography = typography
        self.title = title
        self.directoryName = directoryName
        self.flatOutline = flatOutline
        self.sourceDateEpoch = sourceDateEpoch
        self.currentTime = currentTime
        self.math = math
        self.standalone = standalone
        self.stylesheetLink = stylesheetLink
        self.archiveLinks = archiveLinks
        self.highlightsCode = highlightsCode
    }
}

/// A writer turns one document into the bytes of one output file.
public protocol Writer: Sendable {
    /// The name given to `--to`.
    static var format: String { get }
    /// One line for `--list-formats`.
    static var summary: String { get }
    /// The extension of files written in this format, without the dot.
    static var fileExtension: String { get }
    /// The embedded RelaxNG schema every output must match before it is written; nil
    /// (the default) for formats that are not checked.
    static var schemaName: EmbeddedSchema? { get }

    init(options: WriterOptions)

    /// The rendering of `document` with the warnings writing it gave.
    func rendering(_ document: Document) -> WriterOutput

    /// Whether `write(_:inPiecesOf:to:)` hands over a rendering as it is made, so a
    /// large output goes out through a small buffer instead of being held whole. Such a
    /// writer's output needs no check against a schema and it gives no warnings. False
    /// by default.
    static var streams: Bool { get }

    /// Renders `document`, handing its bytes to `emit` in order, in pieces of at least
    /// `pieceSize` bytes (but the last); once `emit` returns false it is handed nothing
    /// more. By default the whole rendering is one piece.
    func write(_ document: Document, inPiecesOf pieceSize: Int, to emit: (UnsafeBufferPointer<UInt8>) -> Bool)
}

/// What a writer made of one document.
public struct WriterOutput: Sendable {
    /// The rendering, kept in the memory the writer made it in.
    public var bytes: RenderedBytes
    /// Warnings about the document at positions in it, such as raw HTML a content
    /// document could not carry. Their `path` is empty; the caller fills it in.
    public var diagnostics: [Diagnostic]

    public init(bytes: RenderedBytes, diagnostics: [Diagnostic] = []) {
        self.bytes = bytes
        self.diagnostics = diagnostics
    }

    public init(bytes: [UInt8], diagnostics: [Diagnostic] = []) {
        self.init(bytes: RenderedBytes(bytes), diagnostics: diagnostics)
    }
}

extension Writer {
    public static var schemaName: EmbeddedSchema? { nil }

    public static var streams: Bool { false }

    public func write(_ document: Document, inPiecesOf pieceSize: Int, to emit: (UnsafeBufferPointer<UInt8>) -> Bool) {
        _ = rendering(document).bytes.withUnsafeBufferPointer(emit)
    }

    /// Appends the rendering of `document` to `output`.
    public func write(_ document: Document, to output: inout [UInt8]) {
        output.append(contentsOf: rendering(document).bytes)
    }

    /// The rendering of `document` as bytes.
    public func render(_ document: Document) -> [UInt8] {
        rendering(document).bytes.array
    }
}

/// The writers Octavo knows, by format name.
public enum WriterRegistry {
    /// Every per-post writer, in the order `--list-formats` shows them.
    public static let all: [any Writer.Type] = [HTMLWriter.self, JSONWriter.self, XHTMLWriter.self, PandocJSONWriter.self]

    /// Every collection writer, in the order `--list-formats` shows them after `all`.
    /// A format may be both: `pandoc-json` writes a document per post with
    /// `--output-dir`, else one document for all posts.
    public static let collections: [any CollectionWriter.Type] = [
        OPMLWriter.self, BibTeXWriter.self, BibLaTeXWriter.self, CSLJSONWriter.self, RISWriter.self, BookmarksWriter.self,
        PandocJSONWriter.self,
    ]

    /// The collection writers whose format has no per-post writer.
    public static var collectionsOnly: [any CollectionWriter.Type] {
        collections.filter { writer(named: $0.format) == nil }
    }

    /// The per-post writer for a format name, or nil if there is none.
    public static func writer(named format: String) -> (any Writer.Type)? {
        all.first { $0.format == format }
    }

    /// The collection writer for a format name, or nil if there is none.
    public static func collectionWriter(named format: String) -> (any CollectionWriter.Type)? {
        collections.first { $0.format == format }
    }
}

extension WriterOptions {
    /// Whether `document` gets kramdown's typography.
    func appliesTypography(to document: Document) -> Bool {
        typography ?? (document.metadata.dialect == .kramdown)
    }

    /// Whether GFM's disallowed raw HTML is escaped in `document`.
    func filtersDisallowedRawHTML(in document: Document) -> Bool {
        filtersDisallowedRawHTML ?? (document.metadata.dialect == .gfm)
    }
}
