import OctavoModel
import OctavoWriters
import Testing

/// `--archive-links` in the formats that show a post's text or its reading list.
@Suite struct ArchiveLinkTests {
    private let range = SourceRange(start: SourcePosition(line: 3, column: 1), end: SourcePosition(line: 4, column: 10))

    private var document: Document {
        let link = Link(destination: "https://Example.org", content: [.text("https://Example.org")], style: .autolink)
        let other = Link(destination: "https://example.net/", content: [.text("prose")], style: .inline)
        return Document(
            metadata: Metadata(date: PostDate(parsing: "2015-01-04 10:00:00 +0800")),
            blocks: [Block(.paragraph([.link(link), .softBreak, .text("Title")]), range: range),
                     Block(.paragraph([.text("See "), .link(other)]), range: SourceRange(start: SourcePosition(line: 6, column: 1), end: SourcePosition(line: 6, column: 9)))],
            readingList: ReadingList(bookmarks: [Bookmark(contentID: "b-1", url: "https://Example.org", title: "Title", range: range, line: 3)]))
    }

    @Test func addressIsDatedToThePostsDay() {
        #expect(ArchiveLink.url(for: "https://example.org/a?b#c", date: PostDate(parsing: "2015-1-4")) == "https://web.archive.org/web/20150104/https://example.org/a?b#c")
        #expect(ArchiveLink.url(for: "HTTP://EXAMPLE.org", date: PostDate(parsing: "0999-12-31")) == "https://web.archive.org/web/09991231/http://example.org/")
        #expect(ArchiveLink.url(for: "https://example.org/", date: nil) == "https://web.archive.org/web/https://example.org/")
    }

    @Test func htmlAndXHTMLShowTheLinkBesideTheBookmarkOnly() {
        let options = WriterOptions(archiveLinks: true)
        let html = String(decoding: HTMLWriter(options: options).render(document), as: UTF8.self)
        #expect(html.contains("<a href=\"https://Example.org\">https://Example.org</a> (<a href=\"https://web.archive.org/web/20150104/https://example.org/\" class=\"archive-link\">archived</a>)"))
        #expect(html.components(separatedBy: "web.archive.org").count == 2)
        let xhtml = String(decoding: XHTMLWriter(options: options).render(document), as: UTF8.self)
        #expect(xhtml.contains("https://web.archive.org/web/20150104/https://example.org/"))
        #expect(!String(decoding: HTMLWriter(options: WriterOptions()).render(document), as: UTF8.self).contains("web.archive.org"))
    }

    @Test func opmlBookmarksHoldTheirArchivedCopy() {
        var document = document
        document.readingList.bookmarks[0].url = "https://example.org/"
        let text = String(decoding: OPMLWriter(options: WriterOptions(sourceDateEpoch: 0, archiveLinks: true)).render([document]), as: UTF8.self)
        #expect(text.contains("      <outline type=\"link\" text=\"Title\" url=\"https://example.org/\">\n        <outline type=\"link\" text=\"archived\" url=\"https://web.archive.org/web/20150104/https://example.org/\"/>\n      </outline>\n"))
    }
}
