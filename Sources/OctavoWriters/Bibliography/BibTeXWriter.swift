import OctavoModel
import OctavoXML

/// Writes every distinct bookmark and work of all posts as classic BibTeX, with the
/// same keys and order as `BibLaTeXWriter`: every entry is `@misc` (the standard
/// styles ask `@book` for an author, a publisher and a year no post gives) with title,
/// `howpublished = {\url{…}}` for links, keywords and note.
public struct BibTeXWriter: CollectionWriter {
    public static let format = "bibtex"
    public static let summary = "every distinct link and work of all posts as classic BibTeX (@misc with \\url)"
    public static let fileExtension = "bib"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = true

    public init(options: WriterOptions) {}

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        let entries = CitationKeys.entries(of: documents)
        for (index, (key, reference)) in entries.enumerated() {
            var entry = BibEntry(type: "misc", key: key)
            entry.text("title", reference.title)
            entry.raw("howpublished", reference.url.map { "\\url{" + TeXEscaping.verbatim($0) + "}" })
            entry.text("keywords", reference.keywords.joined(separator: ", "))
            entry.text("note", reference.note)
            if index > 0 { output.append(UInt8(ascii: "\n")) }
            output.append(contentsOf: entry.rendered.utf8)
        }
    }
}
