import OctavoModel
import OctavoXML

/// Writes the reading lists of all posts as a Netscape bookmark file, the format every
/// browser and bookmark manager (Firefox, Chrome, Raindrop, linkding, buku) imports.
///
/// Each post with bookmarks is a folder (`H3`, `ADD_DATE` from the post's date), holding
/// a folder per section (its headings joined by ` > `) and the bookmarks before any
/// heading; each bookmark is an `A` with `HREF`, `ADD_DATE` and `TAGS` (the post's slug
/// or title, then its categories and tags, commas removed), its title (else the URL)
/// as text and its notes in a `DD`. Importers read the file line by line, so every
/// text is folded onto one line (see `SingleLineText`). Works have no address and are
/// left out. With `archiveLinks`, each bookmark is followed by its copy in the Wayback
/// Machine, titled `… (archived)`. With `flatOutline` the bookmarks are not put in folders.
public struct BookmarksWriter: CollectionWriter {
    public static let format = "bookmarks"
    public static let summary = "the reading lists of all posts as a Netscape bookmark file, a folder per post (browsers, buku)"
    public static let fileExtension = "html"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = true

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func write(_ documents: [Document], to output: inout [UInt8]) {
        var file = BookmarkFile(archiveLinks: options.archiveLinks)
        file.bytes.append("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n")
        file.bytes.append("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">\n")
        let title = [options.title, documents.count == 1 ? documents[0].metadata.title : nil, options.directoryName]
            .lazy.compactMap { $0 }.first { $0.hasText } ?? "Bookmarks"
        file.element("TITLE", title, depth: 0)
        file.element("H1", title, depth: 0)
        file.bytes.append("<DL><p>\n")
        for document in documents where !document.readingList.bookmarks.isEmpty {
            file.post(document, flat: options.flatOutline)
        }
        file.bytes.append("</DL><p>\n")
        file.bytes.copy(to: &output)
    }
}

/// The byte buffer of one bookmark file.
private struct BookmarkFile: ~Copyable {
    var bytes = ByteBuffer(capacity: 1 << 16)
    let archiveLinks: Bool

    init(archiveLinks: Bool) {
        self.archiveLinks = archiveLinks
    }

    /// The post's folder: a folder per section in order of first appearance.
    mutating func post(_ document: Document, flat: Bool) {
        let metadata = document.metadata
        let name = metadata.listingName
        let added = metadata.date.map(CivilCalendar.secondsSinceEpoch)
        let labels = [metadata.slug ?? name] + metadata.categories + metadata.tags
        var seen = Set<String>()
        let tags = labels.map(BookmarkFile.tag).filter { !$0.isEmpty && seen.insert($0).inserted }
        if flat {
            for bookmark in document.readingList.bookmarks { self.bookmark(bookmark, date: metadata.date, added: added, tags: tags, depth: 1) }
            return
        }
        folder(name, added: added, depth: 1)
        for (section, members) in document.readingList.bookmarks.groupedBySection(\.sectionPath) {
            if section.isEmpty {
                members.forEach { bookmark($0, date: metadata.date, added: added, tags: tags, depth: 2) }
                continue
            }
            folder(section.joined(separator: " > "), added: added, depth: 2)
            members.forEach { bookmark($0, date: metadata.date, added: added, tags: tags, depth: 3) }
            close(depth: 2)
        }
        close(depth: 1)
    }

    /// `<DT><H3>name</H3>` and the opening of its list.
    private mutating func folder(_ name: String, added: Int?, depth: Int) {
        indent(depth)
        bytes.append("<DT><H3")
        if let added { number("ADD_DATE", added) }
        bytes.append(">")
        text(name)
        bytes.append("</H3>\n")
        indent(depth)
        bytes.append("<DL><p>\n")
    }

    private mutating func close(depth: Int) {
        indent(depth)
        bytes.append("</DL><p>\n")
    }

    private mutating func bookmark(_ bookmark: Bookmark, date: PostDate?, added: Int?, tags: [String], depth: Int) {
        let title = bookmark.title.flatMap { $0.hasText ? $0 : nil } ?? bookmark.url
        link(bookmark.url, title: title, added: added, tags: tags, depth: depth)
        if !bookmark.notes.isEmpty {
            indent(depth)
            bytes.append("<DD>")
            text(bookmark.notes.joined(separator: " "))
            bytes.append("\n")
        }
        if archiveLinks {
            link(ArchiveLink.url(for: bookmark.url, date: date), title: title + " (" + ArchiveLink.linkText + ")", added: added,
                 tags: tags + [ArchiveLink.linkText], depth: depth)
        }
    }

    private mutating func link(_ url: String, title: String, added: Int?, tags: [String], depth: Int) {
        indent(depth)
        bytes.append("<DT><A HREF=\"")
        ByteEscaping.appendEscapedURL(url, to: &bytes)
        bytes.append("\"")
        if let added { number("ADD_DATE", added) }
        if !tags.isEmpty {
            bytes.append(" TAGS=\"")
            XMLEscaping.append(tags.joined(separator: ","), to: &bytes, in: .attribute)
            bytes.append("\"")
        }
        bytes.append(">")
        text(title)
        bytes.append("</A>\n")
    }

    mutating func element(_ name: StaticString, _ text: String, depth: Int) {
        indent(depth)
        bytes.append("<")
        bytes.append(name)
        bytes.append(">")
        self.text(text)
        bytes.append("</")
        bytes.append(name)
        bytes.append(">\n")
    }

    /// Text on one line (importers read the file line by line), markup escaped.
    private mutating func text(_ text: String) {
        ByteEscaping.appendEscapedMarkup(SingleLineText.folded(text), to: &bytes)
    }

    private mutating func number(_ name: StaticString, _ value: Int) {
        bytes.append(" ")
        bytes.append(name)
        bytes.append("=\"")
        bytes.append(decimal: value)
        bytes.append("\"")
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<depth { bytes.append("    ") }
    }

    /// A label as a tag: commas (the separator) become spaces, runs of white space one space.
    private static func tag(_ label: String) -> String {
        label.split { $0 == "," || $0.isWhitespace }.joined(separator: " ")
    }
}
