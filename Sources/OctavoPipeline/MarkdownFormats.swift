import OctavoParser

extension InputFormat {
    /// CommonMark without extensions.
    public static let commonmark = markdown(.commonmark, summary: "CommonMark Markdown")
    /// CommonMark with the GitHub extensions.
    public static let gfm = markdown(.gfm, summary: "GitHub Flavored Markdown: tables, strikethrough, autolinks, task lists, footnotes")

    private static func markdown(_ dialect: MarkdownDialect, summary: String) -> InputFormat {
        let parser = MarkdownParser(dialect: dialect)
        return InputFormat(name: dialect.rawValue, summary: summary) { bytes, path in
            let source = Source(path: path, bytes: bytes)
            return Reading(document: parser.parse(source), diagnostics: source.diagnostics)
        }
    }
}
