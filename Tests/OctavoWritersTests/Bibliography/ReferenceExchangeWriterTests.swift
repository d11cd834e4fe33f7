import Foundation
import OctavoModel
import OctavoWriters
import Testing

/// CSL-JSON and RIS: the items of the BibLaTeX export in other clothes.
@Suite struct ReferenceExchangeWriterTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    private func post(date: String?, lang: String? = nil, bookmarks: [Bookmark] = [], works: [Work] = []) -> Document {
        Document(metadata: Metadata(source: "p.md", date: date.flatMap { PostDate(parsing: $0) }, categories: ["Reading, notes"], lang: lang),
                 blocks: [], readingList: ReadingList(bookmarks: bookmarks, works: works))
    }

    private func csl(_ documents: [Document], _ options: WriterOptions = WriterOptions()) throws -> [[String: Any]] {
        let bytes = CSLJSONWriter(options: options).render(documents)
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
    }

    private func ris(_ documents: [Document], _ options: WriterOptions = WriterOptions()) -> String {
        String(decoding: RISWriter(options: options).render(documents), as: UTF8.self)
    }

    @Test func samplePostsMatchTheGoldenFiles() throws {
        let documents = try SamplePosts.documents()
        try GoldenFile("samples.csl.json").check(CSLJSONWriter(options: WriterOptions()).render(documents))
        try GoldenFile("samples.ris").check(RISWriter(options: WriterOptions()).render(documents))
    }

    @Test func itemsAndIdsAreTheBibLaTeXEntriesAndKeys() throws {
        for documents in [try SamplePosts.documents(), try SamplePosts.fixtureDocuments()] {
            let biblatex = String(decoding: BibLaTeXWriter(options: WriterOptions()).render(documents), as: UTF8.self)
            let keys = biblatex.split(separator: "\n").filter { $0.hasPrefix("@") }.map { String($0.drop { $0 != "{" }.dropFirst().dropLast()) }
            #expect(try csl(documents).map { $0["id"] as? String } == keys)
            let ids = ris(documents).split(separator: "\r\n").filter { $0.hasPrefix("ID  - ") }.map { String($0.dropFirst(6)) }
            #expect(ids == keys)
        }
    }

    @Test func linksAreWebpagesWithAccessDateKeywordsAndIdentifiers() throws {
        let items = try csl([post(date: "2021-03-04 10:00:00 +0800", bookmarks: [
            Bookmark(contentID: "b-1", url: "https://arxiv.org/abs/1706.03762v5", title: "Attention Is All You Need", sectionPath: ["Papers"], range: range),
            Bookmark(contentID: "b-2", url: "https://doi.org/10.1145/1234.5678", title: "a DOI", range: range),
            Bookmark(contentID: "b-3", url: "https://example.org/", title: "lower case title", notes: ["why"], range: range),
        ], works: [Work(contentID: "w-1", title: "The Art of Computer Programming: a handbook", kind: .standalone, range: range)])])
        let byURL = Dictionary(items.map { ($0["URL"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let arXiv = try #require(byURL["https://arxiv.org/abs/1706.03762v5"])
        #expect(arXiv["type"] as? String == "article")
        #expect(arXiv["number"] as? String == "1706.03762v5")
        #expect(arXiv["archive"] as? String == "arXiv")
        #expect(arXiv["keyword"] as? String == "Papers, Reading  notes")
        #expect((arXiv["accessed"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2021, 3, 4]])
        #expect(byURL["https://doi.org/10.1145/1234.5678"]?["DOI"] as? String == "10.1145/1234.5678")
        let page = try #require(byURL["https://example.org/"])
        #expect(page["type"] as? String == "webpage")
        #expect(page["title"] as? String == "lower case title")
        #expect(page["note"] as? String == "why")
        #expect(byURL[""]?["type"] as? String == "book")
    }

    @Test func risRecordsHaveTheirTagsInOrderAndEndLines() {
        let text = ris([post(date: "2019-07-09", bookmarks: [
            Bookmark(contentID: "b-1", url: "https://example.org/", title: "Example", notes: ["first", "second"], sectionPath: ["Links"], range: range),
        ])])
        #expect(text.hasPrefix("TY  - ELEC\r\nID  - example-"))
        #expect(text.contains("\r\nTI  - Example\r\nUR  - https://example.org/\r\nY2  - 2019/07/09\r\nKW  - Links\r\nKW  - Reading notes\r\nN1  - first second\r\nER  - \r\n"))
    }

    @Test func archiveLinksAreDatedToTheEarliestPost() throws {
        let bookmark = Bookmark(contentID: "b-1", url: "https://example.org/a", title: "A", range: range)
        let documents = [post(date: "2020-02-29", bookmarks: [bookmark]), post(date: "2019-07-09", bookmarks: [bookmark])]
        let options = WriterOptions(archiveLinks: true)
        #expect(try csl(documents, options).first?["archive_location"] as? String == "https://web.archive.org/web/20190709/https://example.org/a")
        #expect(ris(documents, options).contains("L2  - https://web.archive.org/web/20190709/https://example.org/a\r\n"))
        #expect(try csl(documents).first?["archive_location"] == nil)
        #expect(!ris(documents).contains("web.archive.org"))
    }

    /// The post's own language, whatever it is; the title's script only when the post
    /// has none; nothing when neither tells.
    @Test func languageIsThePostsTagElseTheScriptElseNone() throws {
        let latin = Bookmark(contentID: "b-1", url: "https://example.org/", title: "Example", range: range)
        let kana = Bookmark(contentID: "b-2", url: "https://example.jp/", title: "ひらがな", range: range)
        for (lang, expected) in [("pl", "pl"), ("cs", "cs"), ("ar", "ar"), ("zh_CN", "zh-CN")] {
            let documents = [post(date: nil, lang: lang, bookmarks: [latin])]
            #expect(try csl(documents).first?["language"] as? String == expected)
            #expect(ris(documents).contains("\r\nLA  - \(expected)\r\n"))
        }
        let unknown = [post(date: nil, bookmarks: [latin, kana])]
        let items = try csl(unknown)
        #expect(items.first { $0["URL"] as? String == "https://example.org/" }?["language"] == nil)
        #expect(items.first { $0["URL"] as? String == "https://example.jp/" }?["language"] as? String == "ja")
        #expect(ris(unknown).components(separatedBy: "LA  - ").count == 2)
    }

    /// A RIS field is one line: every line and paragraph separator, vertical tab, form
    /// feed, next line and information separator is a space, other controls are dropped.
    @Test func risFieldsStayOnOneLine() {
        let text = ris([post(date: nil, bookmarks: [
            Bookmark(contentID: "b-1", url: "https://example.org/", title: "First\u{2028}line\nsecond", notes: [
                "a\u{0B}b\u{0C}c\u{85}d\u{1C}e\u{1D}f\u{1E}g\u{2029}h\u{01}i\u{7F}j\u{9B}k", "  l  ",
            ], range: range),
        ])])
        #expect(text.contains("\r\nTI  - First line second\r\n"))
        #expect(text.contains("\r\nN1  - a b c d e f g hijk l\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.isEmpty || $0.count >= 5 && $0.dropFirst(2).hasPrefix("  -") }, "\(lines)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" })
    }
}
