import OctavoModel
import OctavoWriters
import Testing

@Suite struct BookmarksWriterTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    private func render(_ documents: [Document], _ options: WriterOptions = WriterOptions()) -> String {
        String(decoding: BookmarksWriter(options: options).render(documents), as: UTF8.self)
    }

    private func post(_ slug: String, date: String?, bookmarks: [Bookmark]) -> Document {
        Document(metadata: Metadata(title: "Post \(slug)", date: date.flatMap { PostDate(parsing: $0) }, tags: ["a,b"], slug: slug),
                 blocks: [], readingList: ReadingList(bookmarks: bookmarks))
    }

    @Test func samplePostsMatchTheGoldenFile() throws {
        let options = WriterOptions(title: "Samples")
        try GoldenFile("samples-bookmarks.html").check(BookmarksWriter(options: options).render(try SamplePosts.documents()))
    }

    @Test func aFolderPerPostAndSectionWithDatesTagsAndNotes() {
        let text = render([post("first", date: "2019-07-09", bookmarks: [
            Bookmark(contentID: "b-1", url: "https://example.org/?a=1&b=2", title: "Tom & <Jerry>", notes: ["one", "two"], range: range),
            Bookmark(contentID: "b-2", url: "https://example.org/x", sectionPath: ["Outer", "Inner"], range: range),
        ])])
        #expect(text.hasPrefix("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n"))
        #expect(text.contains("<TITLE>Post first</TITLE>"))
        #expect(text.contains("    <DT><H3 ADD_DATE=\"1562630400\">Post first</H3>\n    <DL><p>\n"))
        #expect(text.contains("        <DT><A HREF=\"https://example.org/?a=1&amp;b=2\" ADD_DATE=\"1562630400\" TAGS=\"first,a b\">Tom &amp; &lt;Jerry&gt;</A>\n        <DD>one two\n"))
        #expect(text.contains("        <DT><H3 ADD_DATE=\"1562630400\">Outer &gt; Inner</H3>\n        <DL><p>\n            <DT><A HREF=\"https://example.org/x\""))
    }

    @Test func postsWithoutBookmarksAreLeftOutAndFlatHasNoFolders() {
        let documents = [post("empty", date: nil, bookmarks: []),
                         post("full", date: nil, bookmarks: [Bookmark(contentID: "b", url: "https://example.org/", sectionPath: ["S"], range: range)])]
        #expect(!render(documents).contains("Post empty"))
        let flat = render(documents, WriterOptions(flatOutline: true))
        #expect(!flat.contains("<H3"))
        #expect(flat.contains("<DT><A HREF=\"https://example.org/\" TAGS=\"full,a b\">https://example.org/</A>"))
    }

    @Test func archiveLinksFollowEachBookmark() {
        let documents = [post("p", date: "2019-07-09 23:30:00 -0800", bookmarks: [Bookmark(contentID: "b", url: "https://example.org/", title: "E", range: range)])]
        let text = render(documents, WriterOptions(archiveLinks: true))
        #expect(text.contains("<DT><A HREF=\"https://web.archive.org/web/20190709/https://example.org/\" ADD_DATE=\"1562743800\" TAGS=\"p,a b,archived\">E (archived)</A>"))
        #expect(!render(documents).contains("web.archive.org"))
    }

    /// Importers read the file line by line: titles, folder names and notes stay on
    /// their line, escaped; blank titles give way to the next name.
    @Test func everyTextIsOneEscapedLine() {
        var document = post("same", date: nil, bookmarks: [
            Bookmark(contentID: "b-1", url: "https://example.org/a", title: " \n ", notes: ["one\u{2028}two", "three\u{0B}four\u{85}five\u{1E}six\u{01}!"],
                     sectionPath: ["Tom \"&\" Jerry\nPart\r\n2", "C\u{0C}D"], range: range),
            Bookmark(contentID: "b-2", url: "https://example.org/b", title: "Line\u{2029}break", range: range),
        ])
        document.metadata.title = "Q \"&\"\nA"
        let text = render([document], WriterOptions(title: " \n\t"))
        #expect(text.contains("<TITLE>Q &quot;&amp;&quot; A</TITLE>\n<H1>Q &quot;&amp;&quot; A</H1>\n"))
        #expect(text.contains("<DT><H3>Q &quot;&amp;&quot; A</H3>"))
        #expect(text.contains("<DT><H3>Tom &quot;&amp;&quot; Jerry Part 2 &gt; C D</H3>"))
        #expect(text.contains(">https://example.org/a</A>\n"))
        #expect(text.contains("<DD>one two three four five six!\n"))
        #expect(text.contains(">Line break</A>\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.allSatisfy { $0.drop { $0 == " " }.hasPrefix("<") }, "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" })

        document.metadata.title = "   "
        #expect(render([document]).contains("<DT><H3>same</H3>"))
    }
}
