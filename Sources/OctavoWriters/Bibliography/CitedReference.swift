import OctavoModel

/// One distinct reference across all posts: a bookmarked URL or a cited work, with
/// what every post says about it merged, independent of the order of the posts.
struct CitedReference {
    enum Kind { case link, work }

    /// The reading list's id without the `-2`, `-3`… of a repeat within one post, so
    /// it names the normalised URL or title itself.
    let id: String
    let kind: Kind
    /// The URL of a link; nil for a work.
    let url: String?
    let title: String
    /// The notes (or a mention's sentence) of the first occurrence that has any.
    let note: String?
    /// The earliest date of a post it appears in.
    let date: PostDate?
    /// The `lang` of the first post that has one.
    let language: String?
    /// Every category, tag and section it appears under, sorted, without commas.
    let keywords: [String]

    /// The references of `documents`, one per id, sorted by id; the first occurrence
    /// is the one in the earliest post (undated posts last, then by path and line).
    static func collect(from documents: [Document]) -> [CitedReference] {
        var occurrences: [String: [Occurrence]] = [:]
        for document in documents {
            let metadata = document.metadata
            let labels = metadata.categories + metadata.tags
            for bookmark in document.readingList.bookmarks {
                occurrences[bookmark.contentID, default: []].append(Occurrence(
                    kind: .link, url: bookmark.url, title: bookmark.title,
                    note: bookmark.notes.isEmpty ? nil : bookmark.notes.joined(separator: "\n"),
                    metadata: metadata, line: bookmark.line, keywords: labels + bookmark.sectionPath.suffix(1)))
            }
            for work in document.readingList.works {
                occurrences[work.contentID, default: []].append(Occurrence(
                    kind: .work, url: nil, title: work.title, note: work.context,
                    metadata: metadata, line: work.line, keywords: labels + work.sectionPath.suffix(1)))
            }
        }
        return occurrences.keys.sorted().map { id in
            let all = occurrences[id, default: []].sorted(by: Occurrence.precedes)
            let first = all[0]
            let keywords = Set(Set(all.flatMap(\.keywords)).map(keyword).filter { !$0.isEmpty })
            let title = all.lazy.compactMap { $0.title?.trimmingWhitespace }.first { !$0.isEmpty }
            return CitedReference(
                id: id, kind: first.kind, url: first.url, title: title ?? first.url ?? id,
                note: all.lazy.compactMap(\.note).first { $0.contains { !$0.isWhitespace } },
                date: all.lazy.compactMap(\.date).first, language: all.lazy.compactMap(\.language).first,
                keywords: keywords.sorted())
        }
    }

    /// Whether the title calls the work a book: the English word book (or handbook,
    /// textbook, cookbook), or a Chinese title ending in 之书 ("the book of").
    var namesABook: Bool {
        let words = title.lowercased().split { !$0.isLetter }
        return words.contains { ["book", "books", "handbook", "textbook", "cookbook"].contains($0) } || title.hasSuffix("之书")
    }

    /// The arXiv eprint of a link to arXiv (`1706.03762v5`).
    var arXiv: String? { url.flatMap(LinkIdentifiers.arXiv) }

    /// The DOI of a link to a DOI or a publisher's DOI path.
    var doi: String? { url.flatMap(LinkIdentifiers.doi) }

    /// The day of the earliest post it appears in, `YYYY-MM-DD`: when it was seen.
    var accessDate: String? { date?.calendarDay() }

    /// The Wayback Machine's copy of a link as it was on `date` (see `ArchiveLink`).
    var archiveURL: String? { url.map { ArchiveLink.url(for: $0, date: date) } }

    /// A category, tag or heading as a keyword: commas (the separator) become spaces.
    private static func keyword(_ label: String) -> String {
        (label.contains(",") ? String(label.map { $0 == "," ? " " : $0 }) : label).trimmingWhitespace
    }

    /// Where a reference appears in one post.
    private struct Occurrence {
        var kind: Kind
        var url: String?
        var title: String?
        var note: String?
        var date: PostDate?
        var source: String
        var line: Int
        var language: String?
        var keywords: [String]

        init(kind: Kind, url: String?, title: String?, note: String?, metadata: Metadata, line: Int, keywords: [String]) {
            self.kind = kind
            self.url = url
            self.title = title
            self.note = note
            date = metadata.date
            source = metadata.source ?? ""
            self.line = line
            language = metadata.lang.flatMap { $0.isEmpty ? nil : $0 }
            self.keywords = keywords
        }

        /// Dated posts first, earliest first; then by source path and line.
        static func precedes(_ lhs: Occurrence, _ rhs: Occurrence) -> Bool {
            switch (lhs.date, rhs.date) {
            case let (left?, right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (lhs.source, lhs.line) < (rhs.source, rhs.line)
            }
        }
    }
}
