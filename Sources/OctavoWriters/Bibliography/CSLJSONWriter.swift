import OctavoModel
import OctavoXML

/// Writes every distinct bookmark and work of all posts as CSL-JSON, the input of
/// citeproc processors (pandoc's `--citeproc`, Zotero, citeproc-js), with the items,
/// order and ids (the citation keys) of `BibLaTeXWriter`.
///
/// Links are `webpage` items, links to arXiv `article` items (preprints) with the eprint
/// as `number` and `archive` arXiv; works are `book` when their title calls them a book,
/// else `article`. Items carry `title` as written (CSL styles change case themselves),
/// `URL`, `DOI`, `accessed` (the earliest post's day), `keyword` (categories, tags and
/// sections, comma-separated), `note` and `language` (the post's `lang`, else what the
/// title's script tells, else none; see `LanguageID`). With `archiveLinks`, a link's
/// copy in the Wayback Machine is its `archive_location`. One item per line.
public struct CSLJSONWriter: CollectionWriter {
    public static let format = "csljson"
    public static let summary = "every distinct link and work of all posts as CSL-JSON items (ids are the BibLaTeX keys)"
    public static let fileExtension = "json"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = true

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        let entries = CitationKeys.entries(of: documents)
        output.append(UInt8(ascii: "["))
        for (index, (key, reference)) in entries.enumerated() {
            output += (index == 0 ? "\n" : ",\n").utf8
            item(key: key, reference).write(to: &output)
        }
        output += (entries.isEmpty ? "]\n" : "\n]\n").utf8
    }

    /// The CSL-JSON item of one reference.
    private func item(key: String, _ reference: CitedReference) -> JSONValue {
        var fields: [(String, JSONValue)] = [("id", .string(key))]
        let arXiv = reference.arXiv
        switch reference.kind {
        case .link: fields.append(("type", .string(arXiv == nil ? "webpage" : "article")))
        case .work: fields.append(("type", .string(reference.namesABook ? "book" : "article")))
        }
        fields.append(("title", .string(reference.title)))
        if let url = reference.url { fields.append(("URL", .string(url))) }
        if let doi = reference.doi { fields.append(("DOI", .string(doi))) }
        if let arXiv {
            fields.append(("number", .string(arXiv)))
            fields.append(("archive", .string("arXiv")))
        }
        if let date = reference.date, reference.kind == .link {
            let parts: [JSONValue] = [.integer(date.year), .integer(date.month), .integer(date.day)]
            fields.append(("accessed", .object([("date-parts", .array([.array(parts)]))])))
        }
        if options.archiveLinks, let archive = reference.archiveURL {
            fields.append(("archive_location", .string(archive)))
        }
        if !reference.keywords.isEmpty { fields.append(("keyword", .string(reference.keywords.joined(separator: ", ")))) }
        if let note = reference.note { fields.append(("note", .string(note))) }
        if let language = LanguageID.tag(title: reference.title, postLanguage: reference.language) {
            fields.append(("language", .string(language)))
        }
        return .object(fields)
    }
}
