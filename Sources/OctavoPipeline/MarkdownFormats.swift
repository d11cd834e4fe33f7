import OctavoModel
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
            var document = parser.parse(source)
            document.readingList = ReadingListExtractor().extract(from: document)
            return Reading(document: document, diagnostics: source.diagnostics)
        }
    }
}
