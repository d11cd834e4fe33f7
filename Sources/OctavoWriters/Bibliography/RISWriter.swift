import OctavoModel
import OctavoXML

/// Writes every distinct bookmark and work of all posts as RIS records, the import
/// format of Zotero, EndNote and Mendeley, with the items and order of `BibLaTeXWriter`
/// (its keys are the `ID`s).
///
/// Links are `ELEC` records, works `BOOK` when their title calls them a book and `GEN`
/// otherwise. Each has `ID`, `TI` (the title as written), `UR`, `M1` (an arXiv link's
/// eprint, `arXiv:…`), `DO`, `Y2` (access date: the earliest post's day, `YYYY/MM/DD`),
/// a `KW` per category, tag or section, `N1` (note), `LA` (the post's `lang`, else what
/// the title's script tells, else none; see `LanguageID`), and with `archiveLinks` the
/// Wayback Machine's copy as `L2`; `ER` ends it. UTF-8, lines end in CR LF as the format asks.
public struct RISWriter: CollectionWriter {
    public static let format = "ris"
    public static let summary = "every distinct link and work of all posts as RIS records (Zotero, EndNote)"
    public static let fileExtension = "ris"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = true

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        for (key, reference) in CitationKeys.entries(of: documents) {
            switch reference.kind {
            case .link: tag("TY", "ELEC", to: &output)
            case .work: tag("TY", reference.namesABook ? "BOOK" : "GEN", to: &output)
            }
            tag("ID", key, to: &output)
            tag("TI", reference.title, to: &output)
            if let url = reference.url { tag("UR", url, to: &output) }
            if let arXiv = reference.arXiv { tag("M1", "arXiv:" + arXiv, to: &output) }
            if let doi = reference.doi { tag("DO", doi, to: &output) }
            if reference.kind == .link, let date = reference.date { tag("Y2", date.calendarDay(separator: "/"), to: &output) }
            for keyword in reference.keywords { tag("KW", keyword, to: &output) }
            if let note = reference.note { tag("N1", note, to: &output) }
            if let language = LanguageID.tag(title: reference.title, postLanguage: reference.language) { tag("LA", language, to: &output) }
            if options.archiveLinks, let archive = reference.archiveURL { tag("L2", archive, to: &output) }
            output += "ER  - \r\n\r\n".utf8
        }
    }

    /// One `XX  - value` line; the value is folded onto one line (see `SingleLineText`),
    /// since a record's fields are one line each.
    private func tag(_ name: String, _ value: String, to output: inout [UInt8]) {
        output += name.utf8
        output += "  - ".utf8
        output += SingleLineText.folded(value).utf8
        output += "\r\n".utf8
    }
}
