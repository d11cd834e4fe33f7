import OctavoParser

extension InputFormat {
    /// Jekyll posts: YAML front matter, a dated file name, a Markdown body.
    public static let jekyll = InputFormat(
        name: "jekyll", summary: "Jekyll posts: YAML front matter, dated file names (YYYY-M-D-slug.md), kramdown body"
    ) { bytes, path in
        let source = Source(path: path, bytes: bytes)
        var (document, warnings) = try JekyllReader().reading(source, usesFileName: path != Input.standardInputPath)
        document.readingList = ReadingListExtractor().extract(from: document)
        return Reading(document: document, diagnostics: source.diagnostics + warnings)
    }
}
