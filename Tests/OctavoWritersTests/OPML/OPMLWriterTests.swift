import OctavoModel
import OctavoWriters
import OctavoXML
import Testing

@Suite struct OPMLWriterTests {
    private func render(_ documents: [Document], _ options: WriterOptions = WriterOptions(sourceDateEpoch: 0)) -> String {
        String(decoding: OPMLWriter(options: options).render(documents), as: UTF8.self)
    }

    private func post(title: String?, date: String?, bookmarks: [Bookmark] = [], works: [Work] = []) -> Document {
        Document(metadata: Metadata(title: title, date: date.flatMap { PostDate(parsing: $0) }), blocks: [],
                 readingList: ReadingList(bookmarks: bookmarks, works: works))
    }

    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    @Test func samplePostsMatchTheGoldenFile() throws {
        let options = WriterOptions(title: "Samples", sourceDateEpoch: 1_767_225_600)
        try GoldenFile("samples.opml").check(OPMLWriter(options: options).render(try SamplePosts.documents()))
    }

    @Test func titleFallsBackToTheSinglePostThenTheFolder() {
        let one = post(title: "Only post", date: nil)
        #expect(render([one]).contains("<title>Only post</title>"))
        #expect(render([one, one], WriterOptions(directoryName: "posts")).contains("<title>posts</title>"))
        #expect(render([one], WriterOptions(title: "Given")).contains("<title>Given</title>"))
    }

    @Test func dateCreatedPrefersSourceDateEpochThenTheNewestPost() {
        let old = post(title: "a", date: "2015-01-04")
        let new = post(title: "b", date: "2017-12-22 10:30:00 +0800")
        #expect(render([old, new], WriterOptions(sourceDateEpoch: 1_700_000_000)).contains("<dateCreated>Tue, 14 Nov 2023 22:13:20 GMT</dateCreated>"))
        #expect(render([old, new], WriterOptions(currentTime: 5)).contains("<dateCreated>Fri, 22 Dec 2017 10:30:00 +0800</dateCreated>"))
        #expect(render([post(title: "c", date: nil)], WriterOptions(currentTime: 86_400)).contains("<dateCreated>Fri, 2 Jan 1970 00:00:00 GMT</dateCreated>"))
    }

    @Test func escapesTextAndKeepsLineBreaksInNotes() {
        let bookmark = Bookmark(contentID: "b", url: "https://example.org/?a=1&b=2", title: "Tom & \"Jerry\" <3",
                                notes: ["first", "second"], sectionPath: ["Links"], range: range)
        let text = render([post(title: "t", date: nil, bookmarks: [bookmark])])
        #expect(text.contains("text=\"Tom &amp; &quot;Jerry&quot; &lt;3\""))
        #expect(text.contains("url=\"https://example.org/?a=1&amp;b=2\""))
        #expect(text.contains("_note=\"first&#10;second\""))
    }

    @Test func leavesOutCharactersXMLCannotHold() throws {
        let bookmark = Bookmark(contentID: "b", url: "https://example.org/", title: "T\u{1}i\u{FFFE}t\u{FFFF}le",
                                notes: ["no\u{B}te"], sectionPath: ["Se\u{1F}ction"], range: range)
        let opml = OPMLWriter(options: WriterOptions(title: "He\u{8}ad", sourceDateEpoch: 0))
            .render([post(title: "t", date: nil, bookmarks: [bookmark])])
        let text = String(decoding: opml, as: UTF8.self)
        #expect(text.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
        #expect(text.contains("<title>Head</title>"))
        #expect(text.contains("text=\"Title\""))
        #expect(text.contains("_note=\"note\""))
        #expect(try RelaxNGValidator(.opml2_0).validate(opml, path: "list.opml").isEmpty)
    }

    @Test func flatOutlineHoldsOnlyBookmarks() {
        let bookmark = Bookmark(contentID: "b", url: "https://example.org/", sectionPath: ["A", "B"], range: range)
        let work = Work(contentID: "w", title: "Book", kind: .standalone, range: range)
        let text = render([post(title: "t", date: "2020-02-29", bookmarks: [bookmark], works: [work])], WriterOptions(flatOutline: true, sourceDateEpoch: 0))
        #expect(text.contains("  <body>\n    <outline type=\"link\" text=\"https://example.org/\" url=\"https://example.org/\" created=\"Sat, 29 Feb 2020 00:00:00 GMT\"/>\n  </body>"))
        #expect(!text.contains("Book"))
    }
}
