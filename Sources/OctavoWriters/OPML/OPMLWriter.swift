import OctavoModel
import OctavoXML

/// Writes the reading lists of all posts as one OPML 2.0 outline.
///
/// The head has the title (`--title`, else the single post's title, else the inputs'
/// folder name), `dateCreated` (from `SOURCE_DATE_EPOCH`, else the newest post date,
/// else the time of the run) and `docs`. The body has an outline per post (`text` =
/// title, `created`, `category` from categories and tags), inside it an outline per
/// section holding references (references before any heading sit in the post's
/// outline), inside those the bookmarks as `type="link"` outlines (`text` = title or
/// URL, `url`, notes in `_note`) and the works as plain outlines, in source order.
/// With `flatOutline` the body is just the bookmarks of every post. With
/// `archiveLinks` each bookmark holds one outline, a link to its copy in the Wayback
/// Machine dated to the post (see `ArchiveLink`).
public struct OPMLWriter: CollectionWriter {
    public static let format = "opml"
    public static let summary = "the reading lists of all posts as one OPML 2.0 outline (--title, --opml-flat)"
    public static let fileExtension = "opml"
    public static let schemaName: EmbeddedSchema? = .opml2_0
    public static let readsBookmarkURLs = true

    /// Where the head's `docs` points: the specification of the format.
    static let specification = "http://opml.org/spec2.opml"

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        var opml = OPMLOutput(archiveLinks: options.archiveLinks)
        opml.bytes.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n")
        opml.element("title", title(of: documents))
        opml.element("dateCreated", dateCreated(of: documents))
        opml.element("docs", OPMLWriter.specification)
        opml.bytes.append("  </head>\n  <body>\n")
        for document in documents {
            if options.flatOutline {
                for bookmark in document.readingList.bookmarks {
                    opml.bookmark(bookmark, created: document.metadata.date, postDate: document.metadata.date, depth: 2)
                }
            } else {
                opml.post(document)
            }
        }
        opml.bytes.append("  </body>\n</opml>\n")
        opml.bytes.copy(to: &output)
    }

    private func title(of documents: [Document]) -> String {
        if let title = options.title { return title }
        if documents.count == 1, let title = documents[0].metadata.title, title.hasText { return title }
        return options.directoryName ?? "Reading list"
    }

    private func dateCreated(of documents: [Document]) -> String {
        if let epoch = options.sourceDateEpoch { return RFC822Date.format(secondsSinceEpoch: epoch) }
        if let newest = documents.compactMap(\.metadata.date).max() { return RFC822Date.format(newest) }
        return RFC822Date.format(secondsSinceEpoch: options.currentTime ?? 0)
    }
}

/// The byte buffer of one OPML rendering.
private struct OPMLOutput: ~Copyable {
    var bytes = ByteBuffer(capacity: 1 << 16)
    /// Whether each bookmark holds a link to its archived copy.
    let archiveLinks: Bool

    init(archiveLinks: Bool) {
        self.archiveLinks = archiveLinks
    }

    /// A head element on its own line.
    mutating func element(_ name: String, _ text: String) {
        bytes.append("    <")
        bytes.append(string: name)
        bytes.append(">")
        XMLEscaping.append(text, to: &bytes, in: .text)
        bytes.append("</")
        bytes.append(string: name)
        bytes.append(">\n")
    }

    /// The post's outline, its references grouped by section in order of first appearance.
    mutating func post(_ document: Document) {
        let metadata = document.metadata
        indent(2)
        bytes.append("<outline")
        attribute("text", metadata.listingName)
        if let date = metadata.date { attribute("created", RFC822Date.format(date)) }
        let categories = (metadata.categories + metadata.tags).map { String($0.map { $0 == "," ? " " : $0 }) }
        var seen = Set<String>()
        let unique = categories.filter { !$0.isEmpty && seen.insert($0).inserted }
        if !unique.isEmpty { attribute("category", unique.joined(separator: ",")) }
        let references = Reference.inOrder(document.readingList)
        guard !references.isEmpty else {
            bytes.append("/>\n")
            return
        }
        bytes.append(">\n")
        for (section, members) in references.groupedBySection(\.sectionPath) {
            if section.isEmpty {
                members.forEach { self.reference($0, postDate: metadata.date, depth: 3) }
                continue
            }
            indent(3)
            bytes.append("<outline")
            attribute("text", section.joined(separator: " > "))
            bytes.append(">\n")
            members.forEach { self.reference($0, postDate: metadata.date, depth: 4) }
            indent(3)
            bytes.append("</outline>\n")
        }
        indent(2)
        bytes.append("</outline>\n")
    }

    mutating func reference(_ reference: Reference, postDate: PostDate?, depth: Int) {
        switch reference {
        case .bookmark(let bookmark): self.bookmark(bookmark, created: nil, postDate: postDate, depth: depth)
        case .work(let work): self.work(work, depth: depth)
        }
    }

    mutating func bookmark(_ bookmark: Bookmark, created: PostDate?, postDate: PostDate?, depth: Int) {
        indent(depth)
        bytes.append("<outline type=\"link\"")
        attribute("text", bookmark.title.flatMap { $0.isEmpty ? nil : $0 } ?? bookmark.url)
        bytes.append(" url=\"")
        ByteEscaping.appendEscapedURL(bookmark.url, to: &bytes)
        bytes.append("\"")
        if let created { attribute("created", RFC822Date.format(created)) }
        if !bookmark.notes.isEmpty { attribute("_note", bookmark.notes.joined(separator: "\n")) }
        guard archiveLinks else {
            bytes.append("/>\n")
            return
        }
        bytes.append(">\n")
        indent(depth + 1)
        bytes.append("<outline type=\"link\"")
        attribute("text", ArchiveLink.linkText)
        bytes.append(" url=\"")
        ByteEscaping.appendEscapedURL(ArchiveLink.url(for: bookmark.url, date: postDate), to: &bytes)
        bytes.append("\"/>\n")
        indent(depth)
        bytes.append("</outline>\n")
    }

    mutating func work(_ work: Work, depth: Int) {
        indent(depth)
        bytes.append("<outline")
        attribute("text", work.title)
        if let context = work.context { attribute("_note", context) }
        bytes.append("/>\n")
    }

    private mutating func attribute(_ name: String, _ value: String) {
        bytes.append(" ")
        bytes.append(string: name)
        bytes.append("=\"")
        XMLEscaping.append(value, to: &bytes, in: .attribute)
        bytes.append("\"")
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { bytes.append("  ") }
    }
}

/// A bookmark or a work, for writing a post's references in source order.
private enum Reference {
    case bookmark(Bookmark)
    case work(Work)

    var sectionPath: [String] {
        switch self {
        case .bookmark(let bookmark): bookmark.sectionPath
        case .work(let work): work.sectionPath
        }
    }

    var line: Int {
        switch self {
        case .bookmark(let bookmark): bookmark.line
        case .work(let work): work.line
        }
    }

    /// Bookmarks and works by source line; a bookmark first on a shared line.
    static func inOrder(_ list: ReadingList) -> [Reference] {
        let all = list.bookmarks.map(Reference.bookmark) + list.works.map(Reference.work)
        return all.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }
}
