import OctavoModel
import OctavoXML

/// Writes every distinct bookmark and work of all posts as BibLaTeX entries, sorted by key.
///
/// Links are `@online` with title, url, urldate (the date of the earliest post that
/// has them; the linked page's own date is unknown and never invented, so biber notes
/// that date and year are missing), keywords (every category, tag and section they
/// appear under), note and langid; arXiv links add `eprint` and `eprinttype = {arxiv}`,
/// DOI links `doi`. Works are `@misc`; a work whose title calls it a book gets
/// `entrysubtype = {book}` rather than `@book`, which needs an author no post gives.
public struct BibLaTeXWriter: CollectionWriter {
    public static let format = "biblatex"
    public static let summary = "every distinct link and work of all posts as BibLaTeX (@online, eprints, DOIs)"
    public static let fileExtension = "bib"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = true

    public init(options: WriterOptions) {}

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        let entries = CitationKeys.entries(of: documents)
        for (index, (key, reference)) in entries.enumerated() {
            var entry: BibEntry
            switch reference.kind {
            case .link:
                entry = BibEntry(type: "online", key: key)
                entry.text("title", reference.title)
                entry.verbatim("url", reference.url)
                entry.raw("urldate", reference.accessDate)
                if let eprint = reference.arXiv {
                    entry.verbatim("eprint", eprint)
                    entry.raw("eprinttype", "arxiv")
                }
                entry.verbatim("doi", reference.doi)
            case .work:
                entry = BibEntry(type: "misc", key: key)
                entry.raw("entrysubtype", reference.namesABook ? "book" : nil)
                entry.text("title", reference.title)
            }
            entry.text("keywords", reference.keywords.joined(separator: ", "))
            entry.text("note", reference.note)
            entry.raw("langid", LanguageID.of(title: reference.title, postLanguage: reference.language))
            if index > 0 { output.append(UInt8(ascii: "\n")) }
            output.append(contentsOf: entry.rendered.utf8)
        }
    }
}
