import Foundation
import OctavoModel
import OctavoWriters
import Testing

@Suite struct PandocJSONWriterTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    private func render(_ document: Document, _ options: WriterOptions = WriterOptions()) -> String {
        String(decoding: PandocJSONWriter(options: options).render(document), as: UTF8.self)
    }

    /// The rendering parsed back, as Foundation's JSON reader sees it.
    private func tree(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func documentWithEveryKindOfNodeMatchesTheGoldenFile() throws {
        try GoldenFile("sample-document.pandoc.json").check(PandocJSONWriter(options: WriterOptions()).render(SampleDocument.document))
    }

    @Test func samplePostsAsOneDocumentMatchTheGoldenFile() throws {
        let writer = PandocJSONWriter(options: WriterOptions(title: "Samples"))
        let documents = try SamplePosts.documents()
        try GoldenFile("samples.pandoc.json").check((writer as any CollectionWriter).render(documents))
    }

    @Test func headerCarriesTheVersionAndTheFrontMatter() throws {
        let json = try tree(render(SampleDocument.document))
        #expect(json["pandoc-api-version"] as? [Int] == [1, 23, 1])
        let meta = try #require(json["meta"] as? [String: Any])
        #expect((meta["title"] as? [String: Any])?["t"] as? String == "MetaInlines")
        #expect((meta["date"] as? [String: Any])?["c"] as? String == "2026-07-09T10:30:00+08:00")
        #expect((meta["comments"] as? [String: Any])?["t"] as? String == "MetaBool")
        #expect((meta["categories"] as? [String: Any])?["t"] as? String == "MetaList")
    }

    @Test func mathFootnotesRawHTMLAndTheTableOfContentsHaveTheirPandocElements() {
        let text = render(SampleDocument.document)
        #expect(text.contains(#"{"t":"Math","c":[{"t":"DisplayMath"},"\\begin{aligned} a &= b \\\\ c &< d \\end{aligned}"]}"#))
        #expect(text.contains(#"{"t":"Math","c":[{"t":"InlineMath"},"#))
        #expect(text.contains(#"{"t":"Note","c":[{"t":"Para","c":[{"t":"Str","c":"The"}"#))
        #expect(text.contains(#"{"t":"RawInline","c":["html","<span class=\"x\">"]}"#))
        #expect(text.contains(#"{"t":"Div","c":[["markdown-toc",[],[]],[{"t":"BulletList","c":[[{"t":"Plain","c":[{"t":"Link","c":[["",[],[]],"#))
        #expect(text.contains(#"{"t":"Header","c":[1,["reading-list",["top","wide"],[["lang","zh \"CN\""]]]"#))
    }

    /// The footnote's text is in its `Note` and nowhere else: the definition is not
    /// written again where it stood.
    @Test func footnoteTextIsWrittenOnceInsideItsNote() throws {
        let counts = Self.strCount("footnote,", in: try tree(render(SampleDocument.document))["blocks"] as Any)
        #expect(counts.all == 1)
        #expect(counts.inNotes == 1)
    }

    /// How often a `Str` of `word` is in `node`, and how often inside a `Note`.
    private static func strCount(_ word: String, in node: Any, insideNote: Bool = false) -> (all: Int, inNotes: Int) {
        if let object = node as? [String: Any] {
            let tag = object["t"] as? String
            if tag == "Str", object["c"] as? String == word { return (1, insideNote ? 1 : 0) }
            return object["c"].map { strCount(word, in: $0, insideNote: insideNote || tag == "Note") } ?? (0, 0)
        }
        guard let array = node as? [Any] else { return (0, 0) }
        return array.map { strCount(word, in: $0, insideNote: insideNote) }.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    @Test func tablesKeepTheirColumnAlignments() {
        let table = Table(alignments: [.left, .center, .right, .none], header: [[.text("a")], [.text("b")], [.text("c")], [.text("d")]],
                          rows: [[[.text("1")], [.text("2")], [], [.text("4")]]])
        let text = render(Document(blocks: [Block(.table(table), range: range)]))
        #expect(text.contains(#"[[{"t":"AlignLeft"},{"t":"ColWidthDefault"}],[{"t":"AlignCenter"},{"t":"ColWidthDefault"}],[{"t":"AlignRight"},{"t":"ColWidthDefault"}],[{"t":"AlignDefault"},{"t":"ColWidthDefault"}]]"#))
        #expect(text.contains(#"[["",[],[]],{"t":"AlignRight"},1,1,[]]"#))
    }

    @Test func severalPostsAreSectionsWithTheirHeadingsOneLevelDown() throws {
        let first = Document(metadata: Metadata(title: "First post", date: PostDate(parsing: "2020-01-02"), slug: "first"),
                             blocks: [Block(.heading(Heading(level: 1, content: [.text("Inside")], style: .atx)), range: range, attributes: Attributes(id: "inside"))])
        let second = Document(metadata: Metadata(title: "Second", slug: "second"), blocks: [])
        let writer = PandocJSONWriter(options: WriterOptions(directoryName: "posts"))
        let text = String(decoding: (writer as any CollectionWriter).render([first, second]), as: UTF8.self)
        #expect(text.contains(#"{"t":"Header","c":[1,["post-first",["post"],[]],[{"t":"Str","c":"First"},{"t":"Space"},{"t":"Str","c":"post"}]]}"#))
        #expect(text.contains(#"{"t":"Header","c":[2,["first-inside",[],[]],[{"t":"Str","c":"Inside"}]]}"#))
        #expect(text.contains(#""meta":{"title":{"t":"MetaInlines","c":[{"t":"Str","c":"posts"}]}}"#))
        #expect((writer as any CollectionWriter).render([first]) == writer.render(first))
    }

    @Test func archiveLinksFollowEachBookmark() {
        let link = Link(destination: "https://example.org", content: [.text("Example")], style: .inline)
        let bookmark = Bookmark(id: "b-1", url: "https://example.org", title: "Example", range: range)
        let document = Document(metadata: Metadata(date: PostDate(parsing: "2019-07-09")), blocks: [Block(.paragraph([.link(link)]), range: range)],
                                readingList: ReadingList(bookmarks: [bookmark]))
        let text = render(document, WriterOptions(archiveLinks: true))
        #expect(text.contains(#"{"t":"Link","c":[["",["archive-link"],[]],[{"t":"Str","c":"archived"}],["https://web.archive.org/web/20190709/https://example.org/",""]]}"#))
        #expect(!render(document).contains("web.archive.org"))
    }
}
