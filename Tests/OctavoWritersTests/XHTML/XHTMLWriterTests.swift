import OctavoModel
import OctavoParser
import OctavoWriters
import OctavoXML
import Testing

/// `-t xhtml`: EPUB 3 content documents, compared with golden files and checked against
/// `schemas/xhtml-content.rng`.
@Suite struct XHTMLWriterTests {
    /// The schema's complaints about `bytes`, as text.
    static func problems(_ bytes: [UInt8], path: String) throws -> [String] {
        let validator = try RelaxNGValidator(.xhtmlContent)
        return validator.validate(bytes, path: path).map(\.description)
    }

    private let writer = XHTMLWriter(options: WriterOptions(typography: true))

    private func post(_ markdown: String, path: String = "posts/2026-1-1-post.md") throws -> Document {
        try JekyllReader().read(Source(path: path, text: markdown))
    }

    private func render(_ document: Document, settings: ContentDocumentSettings = ContentDocumentSettings()) -> ContentDocument {
        var resources = UnchangedResources()
        return ContentDocumentRenderer.render(document, settings: settings, resources: &resources)
    }

    @Test func documentWithEveryKindOfNodeMatchesTheGoldenFileAndTheSchema() throws {
        let rendering = writer.rendering(SampleDocument.document)
        try GoldenFile("sample-document.xhtml").check(rendering.bytes.array)
        #expect(try Self.problems(rendering.bytes.array, path: "sample-document.xhtml") == [])
        #expect(rendering.diagnostics.isEmpty)
    }

    @Test func samplePostsMatchTheGoldenFilesAndTheSchema() throws {
        for document in try SamplePosts.documents() {
            let name = (document.metadata.source ?? "").split(separator: "/").last.map { $0.replacingOccurrences(of: ".md", with: ".xhtml") }
            let rendering = writer.rendering(document)
            try GoldenFile(try #require(name)).check(rendering.bytes.array)
            #expect(try Self.problems(rendering.bytes.array, path: name ?? "") == [])
            #expect(rendering.diagnostics.isEmpty)
        }
    }

    @Test func kramdownConstructsMatchTheGoldenFileAndTheSchema() throws {
        let rendering = writer.rendering(try post(ConstructsPost.text, path: ConstructsPost.path))
        try GoldenFile("constructs.xhtml").check(rendering.bytes.array)
        #expect(try Self.problems(rendering.bytes.array, path: "constructs.xhtml") == [])
        #expect(rendering.diagnostics.map(\.description) == [
            ":11:1: warning: dropped a link to a javascript: address",
            ":17:1: warning: dropped the onclick attribute from raw HTML",
            ":21:1: warning: dropped the onmouseover attribute, <script> from raw HTML",
            ":34:1: warning: dropped an image with a javascript: address",
        ])
    }

    @Test func linksToNothingLoseTheirEmptyAddress() throws {
        let rendering = writer.rendering(try post("""
            ---
            title: Links
            ---
            <ul><li><a href="">empty</a></li><li><a href=" " title="t">blank</a></li><li><a href="x.html">kept</a></li></ul>

            [Index](index.html), [Next]()
            """))
        let text = String(decoding: rendering.bytes.array, as: UTF8.self)
        #expect(text.contains("<a href=\"index.html\">Index</a>, Next</p>"), "\(text)")
        #expect(text.contains("<li><a>empty</a></li><li><a title=\"t\">blank</a></li><li><a href=\"x.html\">kept</a></li>"), "\(text)")
        #expect(try Self.problems(rendering.bytes.array, path: "links.xhtml") == [])
    }

    @Test func headingsGetUniqueIdentifiersTheNavigationCanLinkTo() throws {
        let document = try post("""
            # Intro

            ## Intro

            ## fn1 {#fn1}

            ### No toc
            {: .no_toc}

            Para with an id
            {: #intro}

            [back](#fn1)
            """)
        let content = render(Document(metadata: document.metadata, blocks: document.blocks.map { block in
            var block = block
            if case .heading(let heading) = block.kind, heading.level == 2, block.attributes.id == "intro-1" { block.attributes.id = nil }
            return block
        }))
        let text = String(decoding: content.bytes, as: UTF8.self)
        #expect(content.headings == [
            ContentHeading(level: 1, id: "intro", text: "Intro"),
            ContentHeading(level: 2, id: "section-2", text: "Intro"),
            ContentHeading(level: 2, id: "fn1-2", text: "fn1"),
        ])
        #expect(text.contains("<h3 id=\"no-toc\" class=\"no_toc\">No toc</h3>"))
        #expect(text.contains("<p>Para with an id</p>"), "a heading has the identifier")
        #expect(text.contains("<a href=\"#fn1-2\">back</a>"))
    }

    @Test func languageComesFromTheSettingsTheFrontMatterOrTheText() throws {
        let chinese = try post("---\ntitle: Notes\n---\n\n这是一篇中文的文章，里面有一些 English words。\n")
        #expect(render(chinese).language == "zh")
        #expect(render(chinese, settings: ContentDocumentSettings(language: "ja")).language == "ja")
        let declared = try post("---\nlang: de_AT\n---\n\n这是中文。\n")
        #expect(render(declared).language == "de-AT")
        #expect(String(decoding: render(declared).bytes, as: UTF8.self).contains("xml:lang=\"de-AT\" lang=\"de-AT\""))
        #expect(render(try post("Plain English text.\n")).language == "en")
    }

    @Test func settingsAddAStylesheetAndLeaveOutTheTitleHeading() throws {
        let document = try post("---\ntitle: A <b> title\n---\n\nText.\n")
        let settings = ContentDocumentSettings(stylesheetHref: "../styles/book css.css", includesTitleHeading: false)
        let text = String(decoding: render(document, settings: settings).bytes, as: UTF8.self)
        #expect(text.contains("<title>A &lt;b&gt; title</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"../styles/book%20css.css\" />"))
        #expect(!text.contains("<h1>"))
        #expect(try Self.problems(render(document, settings: settings).bytes, path: "styled.xhtml") == [])
        #expect(String(decoding: render(try post("No title.\n", path: "notes.md")).bytes, as: UTF8.self).contains("<title>notes</title>"))
        let untitled = render(Document(blocks: []))
        #expect(String(decoding: untitled.bytes, as: UTF8.self).contains("<title>Untitled</title>\n</head>\n<body>\n</body>"))
        #expect(try Self.problems(untitled.bytes, path: "untitled.xhtml") == [])
    }

    @Test func resourcesDecideWhereImagesAndLinksPoint() throws {
        struct BookResources: ContentResources {
            var images: [String] = []
            mutating func image(_ source: String, at position: SourcePosition) -> ImageTarget {
                images.append("\(source)@\(position.line):\(position.column)")
                return source.hasPrefix("http") ? .placeholder : .href("../images/" + (source.split(separator: "/").last.map(String.init) ?? ""))
            }
            func link(_ destination: String, at position: SourcePosition) -> String {
                destination.hasPrefix("/") ? "chapter.xhtml" : destination
            }
        }
        let document = try post("""
            ![Local](/images/a.png) [post](/2015/01/05/post.html)

            - ![](https://example.org/r.png)
            - [![Linked remote](https://example.org/s.png)](https://example.org/)

            <p><img src="/images/raw.png" alt="raw"> <img src="http://example.org/t.png" alt="T"> <a href="/x">x</a></p>
            """)
        var resources = BookResources()
        let content = ContentDocumentRenderer.render(document, settings: ContentDocumentSettings(), resources: &resources)
        let text = String(decoding: content.bytes, as: UTF8.self)
        #expect(resources.images == [
            "/images/a.png@1:1", "https://example.org/r.png@3:3", "https://example.org/s.png@4:3", "/images/raw.png@6:1",
            "http://example.org/t.png@6:1",
        ])
        #expect(text.contains("<p><img src=\"../images/a.png\" alt=\"Local\" /> <a href=\"chapter.xhtml\">post</a></p>"))
        #expect(text.contains("<li><span class=\"image-placeholder\"><a href=\"https://example.org/r.png\">https://example.org/r.png</a></span></li>"))
        #expect(text.contains("<li><a href=\"https://example.org/\"><span class=\"image-placeholder\">Linked remote https://example.org/s.png</span></a></li>"))
        #expect(text.contains("<p><img src=\"../images/raw.png\" alt=\"raw\"/> <span class=\"image-placeholder\">T "
            + "<a href=\"http://example.org/t.png\">http://example.org/t.png</a></span> <a href=\"chapter.xhtml\">x</a></p>"))
        #expect(try Self.problems(content.bytes, path: "book.xhtml") == [])
    }

    @Test func inlineHTMLAroundMarkdownIsSanitisedAsOneFragment() throws {
        let document = try post("""
            A <span>*em* and [link](https://example.org/)</span> <a href="https://a.example/">[inner](https://b.example/) ![i](https://example.org/i.png)</a>

            # Heading <script>x</script> with <b>bold</b>
            """)
        let content = render(document)
        let text = String(decoding: content.bytes, as: UTF8.self)
        #expect(text.contains("<p>A <span><em>em</em> and <a href=\"https://example.org/\">link</a></span> "
            + "<a href=\"https://a.example/\">inner <img src=\"https://example.org/i.png\" alt=\"i\" /></a></p>"))
        #expect(text.contains("<h1 id=\"heading-x-with-bold\">Heading  with <b>bold</b></h1>"))
        #expect(content.diagnostics.map(\.message) == ["dropped <script> from raw HTML"])
        #expect(try Self.problems(content.bytes, path: "inline.xhtml") == [])
    }

    /// A web address the URL Standard cannot parse is no link in a content document:
    /// its text stays, with a warning at the block.
    @Test func aLinkToWhatIsNoURLBecomesItsText() throws {
        let document = try post("A [bad](http://exa%20mple.com/) and <https://[::1> and [fine](HTTPS://Example.org/a%20b).\n")
        let content = render(document)
        let text = String(decoding: content.bytes, as: UTF8.self)
        #expect(text.contains("<p>A bad and https://[::1 and <a href=\"HTTPS://Example.org/a%20b\">fine</a>.</p>"), "\(text)")
        #expect(content.diagnostics.map(\.message) == [
            "dropped a link to \"http://exa%20mple.com/\", which is not a URL", "dropped a link to \"https://[::1\", which is not a URL",
        ])
        #expect(try Self.problems(content.bytes, path: "post.xhtml") == [])
    }

    /// Raw HTML nests only as deep as the page leaves room for, wherever it stands: in
    /// deeply nested lists, in a footnote, in a link inside raw HTML; libxml2 reads the
    /// page without its "huge" option.
    @Test func rawHTMLKeepsThePageWithinTheDepthReadersAllow() throws {
        let deep = String(repeating: "<span>", count: 300) + "x" + String(repeating: "</span>", count: 300)
        var lists = ""
        for level in 0..<99 { lists += String(repeating: "  ", count: level) + "- item\n" }
        lists += String(repeating: "  ", count: 99) + "- *a* " + deep + "\n"
        let inner = String(repeating: "<b>", count: 120) + "*a **b** a*" + String(repeating: "</b>", count: 120)
        let document = try post(lists + "\nSee[^1] and " + String(repeating: "<i>", count: 120) + "[link " + inner + "](https://example.org/) "
            + String(repeating: "</i>", count: 120) + "\n\n" + String(repeating: "<table><tr><td>", count: 64) + "y"
            + String(repeating: "</td></tr></table>", count: 64) + "\n\n[^1]: Note " + deep + "\n")
        let content = render(document)
        #expect(try Self.problems(content.bytes, path: "deep.xhtml") == [])
        #expect(content.diagnostics.count == 4)
        #expect(content.diagnostics.map(\.position.line).suffix(3) == [102, 104, 106])
        #expect(Set(content.diagnostics.map(\.message)) == ["dropped what is nested more than 256 elements deep in the page from raw HTML"])
    }

    @Test func charactersXMLCannotHoldAreLeftOut() throws {
        let document = Document(blocks: [Block(.paragraph([.text("a\u{1}b\u{FFFE}c")]), range: SourceRange(
            start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)))])
        #expect(String(decoding: render(document).bytes, as: UTF8.self).contains("<p>abc</p>"))
    }

    @Test func rawHTMLAndMathLeaveOutCharactersXMLCannotHold() throws {
        let content = render(try post("Te\u{1}xt <span title=\"a\u{2}b\">ra\u{3}w</span> and $$x\u{4} + y$$\n"))
        let text = String(decoding: content.bytes, as: UTF8.self)
        #expect(text.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
        #expect(text.contains("Text"))
        #expect(text.contains("<span title=\"ab\">raw</span>"))
        #expect(try Self.problems(content.bytes, path: "post.xhtml") == [])
    }

    @Test func everyFixturePostIsAValidContentDocument() throws {
        let documents = try SamplePosts.fixtureDocuments()
        #expect(documents.count > 5)
        try Self.checkContentDocuments(documents)
    }

    /// Every document renders as a content document the schema accepts, without errors.
    static func checkContentDocuments(_ documents: [Document]) throws {
        let writer = XHTMLWriter(options: WriterOptions())
        for document in documents {
            let rendering = writer.rendering(document)
            let path = document.metadata.source ?? "?"
            #expect(try problems(rendering.bytes.array, path: path) == [], "\(path)")
            #expect(!rendering.diagnostics.contains { $0.severity == .error }, "\(path)")
        }
    }
}

/// The XHTML writer on the shared seed and corpus.
@Suite struct XHTMLWriterCorpusTests {
    @Test func everyPostOfTheSeedAndCorpusIsAValidContentDocument() throws {
        let documents = try SamplePosts.sharedDocuments()
        #expect(documents.count == 64)
        try XHTMLWriterTests.checkContentDocuments(documents)
    }
}
