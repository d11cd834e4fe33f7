/// The references a post makes: its bookmarks, the works it cites and its other links.
///
/// Derived from the blocks by the reading-list pass; an index into the tree, not a
/// second copy of it, so notes and titles are plain text.
public struct ReadingList: Sendable, Hashable {
    public var bookmarks: [Bookmark]
    public var works: [Work]
    public var links: [InlineLink]

    public init(bookmarks: [Bookmark] = [], works: [Work] = [], links: [InlineLink] = []) {
        self.bookmarks = bookmarks
        self.works = works
        self.links = links
    }
}

/// A URL standing alone on its line, with the title and notes written after it.
public struct Bookmark: ReadingListEntry, Sendable, Hashable {
    /// The kind and the hash of the normalised URL (`b-3f1c…`): the same for every
    /// occurrence of the same URL, in every post.
    public var contentID: String
    /// 1 for the first occurrence of the content in its post, 2 for the next…
    public var occurrence: Int
    public var url: String
    /// The link text, or the short line after the URL; nil when there is neither.
    public var title: String?
    /// The plain text of each block (or run of lines) written after the title.
    public var notes: [String]
    /// The plain text of the headings above the bookmark, outermost first.
    public var sectionPath: [String]
    /// The block (paragraph or table) the URL was found in.
    public var range: SourceRange
    /// The source line of the URL, within `range`.
    public var line: Int

    public init(contentID: String, occurrence: Int = 1, url: String, title: String? = nil, notes: [String] = [], sectionPath: [String] = [], range: SourceRange, line: Int? = nil) {
        self.contentID = contentID
        self.occurrence = occurrence
        self.url = url
        self.title = title
        self.notes = notes
        self.sectionPath = sectionPath
        self.range = range
        self.line = line ?? range.start.line
    }
}

/// How a work is cited.
public enum WorkKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A line holding only the title, as in a list of papers.
    case standalone
    /// A title inside prose.
    case mention
}

/// A paper, book or article named in CJK title marks: `《…》`.
public struct Work: ReadingListEntry, Sendable, Hashable {
    /// The kind and the hash of the normalised title (`w-3f1c…`): the same for every
    /// occurrence of the same title, in every post.
    public var contentID: String
    /// 1 for the first occurrence of the content in its post, 2 for the next…
    public var occurrence: Int
    /// The text between the title marks.
    public var title: String
    public var kind: WorkKind
    /// The sentence a mention appears in; nil for a standalone citation.
    public var context: String?
    public var sectionPath: [String]
    /// The block the title was found in.
    public var range: SourceRange
    /// The source line of the title, within `range`.
    public var line: Int

    public init(contentID: String, occurrence: Int = 1, title: String, kind: WorkKind, context: String? = nil, sectionPath: [String] = [], range: SourceRange, line: Int? = nil) {
        self.contentID = contentID
        self.occurrence = occurrence
        self.title = title
        self.kind = kind
        self.context = context
        self.sectionPath = sectionPath
        self.range = range
        self.line = line ?? range.start.line
    }
}

/// A link inside prose (any link that is not a bookmark).
public struct InlineLink: ReadingListEntry, Sendable, Hashable {
    /// The kind and the hash of the normalised URL (`l-3f1c…`): the same for every
    /// occurrence of the same URL, in every post.
    public var contentID: String
    /// 1 for the first occurrence of the content in its post, 2 for the next…
    public var occurrence: Int
    public var url: String
    /// The plain text of the link's content.
    public var text: String
    public var sectionPath: [String]
    /// The block the link was found in.
    public var range: SourceRange
    /// The source line the link starts on, within `range`.
    public var line: Int

    public init(contentID: String, occurrence: Int = 1, url: String, text: String, sectionPath: [String] = [], range: SourceRange, line: Int? = nil) {
        self.contentID = contentID
        self.occurrence = occurrence
        self.url = url
        self.text = text
        self.sectionPath = sectionPath
        self.range = range
        self.line = line ?? range.start.line
    }
}

/// A bookmark, work or inline link: a content id and which occurrence of that content
/// in its post it is, which together make the id that JSON trees carry.
public protocol ReadingListEntry {
    var contentID: String { get }
    var occurrence: Int { get }
}

extension ReadingListEntry {
    /// Unique within a post: `contentID`, then `-N` for the Nth occurrence after the
    /// first (`b-3f1c…-2`).
    public var id: String {
        occurrence > 1 ? contentID + "-\(occurrence)" : contentID
    }

    /// The content id and occurrence of an id as `id` writes it: a trailing `-N` (N at
    /// least 2) after the content id's own dash is the occurrence.
    public static func parts(ofID id: String) -> (contentID: String, occurrence: Int) {
        guard let lastDash = id.lastIndex(of: "-"), id[..<lastDash].contains("-"),
              let occurrence = Int(id[id.index(after: lastDash)...]), occurrence >= 2,
              id[id.index(after: lastDash)...].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return (id, 1) }
        return (String(id[..<lastDash]), occurrence)
    }
}
