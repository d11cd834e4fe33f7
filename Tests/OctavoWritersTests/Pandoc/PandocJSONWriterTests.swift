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

    /// Every identifier of an `Attr` (`[id, [classes], [[key, value]]]`) in `node`.
    private static func identifiers(in node: Any) -> [String] {
        if let object = node as? [String: Any] { return object.values.flatMap(identifiers) }
        guard let array = node as? [Any] else { return [] }
        if array.count == 3, let id = array[0] as? String, array[1] is [Any], array[2] is [Any] {
            return (id.isEmpty ? [] : [id]) + identifiers(in: array[1]) + identifiers(in: array[2])
        }
        return array.flatMap(identifiers)
    }

    /// Every link destination in `node`.
    private static func destinations(in node: Any) -> [String] {
        if let object = node as? [String: Any] {
            if object["t"] as? String == "Link", let content = object["c"] as? [Any], let target = content.last as? [Any],
               let destination = target.first as? String {
                return [destination] + destinations(in: content[1])
            }
            return object.values.flatMap(destinations)
        }
        return (node as? [Any])?.flatMap(destinations) ?? []
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
        let bookmark = Bookmark(contentID: "b-1", url: "https://example.org", title: "Example", range: range)
        let document = Document(metadata: Metadata(date: PostDate(parsing: "2019-07-09")), blocks: [Block(.paragraph([.link(link)]), range: range)],
                                readingList: ReadingList(bookmarks: [bookmark]))
        let text = render(document, WriterOptions(archiveLinks: true))
        #expect(text.contains(#"{"t":"Link","c":[["",["archive-link"],[]],[{"t":"Str","c":"archived"}],["https://web.archive.org/web/20190709/https://example.org/",""]]}"#))
        #expect(!render(document).contains("web.archive.org"))
    }

    /// A post of a larger document: every identifier (of headings, blocks in a `Div`,
    /// spans, code, links and images) unique in the document, also for posts that share a
    /// slug or have none, and its links to `#identifier` following.
    @Test func postsSharingASlugOrHavingNoneKeepIdentifiersAndLinksApart() throws {
        func post(slug: String?) -> Document {
            let image = Image(source: "a.png", description: [.text("pic")], style: .inline, attributes: Attributes(id: "pic"))
            let toTop = Link(destination: "#top", content: [.text("up")], style: .inline, attributes: Attributes(id: "back"))
            let toBox = Link(destination: "#box", content: [.text("box")], style: .inline)
            let elsewhere = Link(destination: "#nowhere", content: [.text("x")], style: .inline)
            return Document(metadata: Metadata(title: "Post", slug: slug), blocks: [
                Block(.heading(Heading(level: 1, content: [.text("Top")], style: .atx)), range: range, attributes: Attributes(id: "top")),
                Block(.paragraph([.image(image), .link(toTop), .link(toBox), .link(elsewhere),
                                  .attributed(AttributedInline(attributes: Attributes(id: "word"), inline: .text("w")))]),
                      range: range, attributes: Attributes(id: "box")),
                Block(.codeBlock(CodeBlock(style: .fenced, info: "swift", text: "x\n")), range: range, attributes: Attributes(id: "code")),
                Block(.tableOfContents, range: range),
            ])
        }
        let writer = PandocJSONWriter(options: WriterOptions(title: "All"))
        let json = try tree(String(decoding: (writer as any CollectionWriter).render([post(slug: "same"), post(slug: "same"), post(slug: nil)]),
                                   as: UTF8.self))
        let blocks = json["blocks"] as Any
        let ids = Self.identifiers(in: blocks)
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(ids.count == 3 * 8)
        for (section, prefix) in [("post-same", "same-"), ("post-same-2", "same-2-"), ("post-3", "3-")] {
            #expect(ids.contains(section))
            for id in ["top", "box", "pic", "back", "word", "code", "markdown-toc"] { #expect(ids.contains(prefix + id), "\(prefix + id)") }
        }
        let destinations = Self.destinations(in: blocks)
        for prefix in ["same-", "same-2-", "3-"] {
            #expect(destinations.filter { $0 == "#\(prefix)top" }.count == 2, "\(destinations)")
            #expect(destinations.contains("#\(prefix)box"))
        }
        #expect(destinations.filter { $0 == "#nowhere" }.count == 3)
    }
}
