import OctavoModel

/// Reads a Jekyll post: YAML front matter, facts from the file name, and the
/// Markdown body, with line numbers counted from the top of the file.
///
/// The front matter's `date` and `slug` win over the file name's. Invalid front
/// matter is thrown as an error diagnostic, so the post is skipped, never half read.
public struct JekyllReader: Sendable {
    /// The dialect of post bodies: Jekyll renders posts with kramdown (GFM input).
    public static let bodyDialect: MarkdownDialect = .kramdown

    public init() {}

    /// Reads `source`; `usesFileName` is false for input with no file name (stdin).
    /// Warnings about the front matter are left out; `reading` gives them.
    public func read(_ source: Source, usesFileName: Bool = true) throws(Diagnostic) -> Document {
        try reading(source, usesFileName: usesFileName).document
    }

    /// Reads `source`, with the warnings about its front matter (such as a `date` that
    /// is no date, for which the file name's date is used).
    public func reading(_ source: Source, usesFileName: Bool = true) throws(Diagnostic) -> (document: Document, warnings: [Diagnostic]) {
        let frontMatter = try FrontMatter(source)
        var document = MarkdownParser(dialect: JekyllReader.bodyDialect).parse(source, from: frontMatter.bodyOffset)
        var metadata = frontMatter.metadata
        metadata.source = document.metadata.source
        metadata.dialect = document.metadata.dialect
        if usesFileName, let name = PostFileName(path: source.path) {
            metadata.date = metadata.date ?? name.date
            metadata.slug = metadata.slug ?? name.slug
        }
        document.metadata = metadata
        return (document, frontMatter.warnings)
    }
}
