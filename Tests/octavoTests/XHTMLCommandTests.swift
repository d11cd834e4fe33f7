import Foundation
import Testing

/// `octavo -t xhtml`: every post of the fixture site becomes a content document that
/// octavo's schema check, `octavo validate` and jing accept; warnings name the post;
/// and epubcheck accepts a book of content documents.
@Suite struct XHTMLCommandTests {
    /// The `.xhtml` files below `folder`, by path.
    static func documents(in folder: URL) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var paths: [String] = []
        while let name = enumerator.nextObject() as? String {
            if name.hasSuffix(".xhtml") { paths.append(folder.appendingPathComponent(name).path) }
        }
        return paths.sorted()
    }

    @Test func everyPostIsAValidContentDocument() throws {
        try Self.checkContentDocuments(of: try TestData.sitePosts)
    }

    /// Converts `posts` to content documents and checks each with octavo validate and jing.
    static func checkContentDocuments(of posts: [String]) throws {
        let workspace = try Workspace()
        let run = try OctavoBinary.run(["-t", "xhtml", "--output-dir", workspace.url.path] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let written = try documents(in: workspace.url)
        #expect(written.count == posts.count)
        let validate = try OctavoBinary.run(["validate"] + written)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")
        let schema = OctavoBinary.packageRoot.appendingPathComponent("schemas/xhtml-content.rng").path
        let jing = try ExternalTool.run(["jing", schema] + written)
        #expect(jing.status == 0, "\(jing.output)")
    }

    @Test func warningsNameThePostAndStrictRefusesIt() throws {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-raw.md", "---\ntitle: Raw\n---\n\n<div onclick=\"go()\">text<script>x()</script></div>\n")
        let run = try OctavoBinary.run(["-t", "xhtml", "2026-5-1-raw.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.stderr == "2026-5-1-raw.md:5:1: warning: dropped the onclick attribute, <script> from raw HTML\n")
        #expect(run.output.contains("<div>text</div>"))
        let strict = try OctavoBinary.run(["-t", "xhtml", "--strict", "2026-5-1-raw.md"], in: workspace.url)
        #expect(strict.status == 1)
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderr.contains("2026-5-1-raw.md:5:1: error: dropped the onclick attribute"))
    }

    @Test func emphasisNestedHundredsDeepStaysWithinWhatXMLReadersRead() throws {
        let workspace = try Workspace()
        let depth = 300
        let opening = (0..<depth).map { $0.isMultiple(of: 2) ? "*x " : "_x " }.joined()
        let closing = (0..<depth).reversed().map { $0.isMultiple(of: 2) ? " x*" : " x_" }.joined()
        try workspace.write("2026-5-1-deep.md", "---\ntitle: Deep\n---\n\n" + opening + "y" + closing + "\n")
        let run = try OctavoBinary.run(["-t", "xhtml", "2026-5-1-deep.md"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "2026-5-1-deep.md:5:1: warning: emphasis nested more than 32 levels deep is written without the deeper levels\n")
        #expect(run.output.components(separatedBy: "<em>").count - 1 == 32)
        #expect(run.output.contains("x x x y x x x"))
        let book = try OctavoBinary.run(["-t", "epub", "-o", "deep.epub", "2026-5-1-deep.md"], in: workspace.url)
        #expect(book.status == 0, "\(book.stderr)")
        #expect(book.stderr.hasPrefix("2026-5-1-deep.md:5:1: warning: emphasis nested"), "\(book.stderr)")
    }

    @Test func headingsInFootnotesStayOutOfContentsAndNavigation() throws {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-notes.md", """
            ---
            title: Notes
            ---

            * toc
            {:toc}

            ## Top

            Text[^a].

            [^a]: Used.

                ## Inside used note

            [^b]:
                ## Inside unused note

            """)
        let run = try OctavoBinary.run(["-t", "xhtml", "2026-5-1-notes.md"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("<li><a href=\"#top\" id=\"markdown-toc-top\">Top</a></li>\n</ul>"), "\(run.output)")
        #expect(run.output.contains("<h2 id=\"inside-used-note\">") && !run.output.contains("Inside unused note"))
        let book = try OctavoBinary.run(["-t", "epub", "-o", "notes.epub", "2026-5-1-notes.md"], in: workspace.url)
        #expect(book.status == 0, "\(book.stderr)")
        let navigation = try EPUBBook(workspace.url.appendingPathComponent("notes.epub")).text("EPUB/nav.xhtml")
        #expect(navigation.contains("chapter-001.xhtml#top") && !navigation.contains("inside"), "\(navigation)")
    }

    @Test func validateRefusesAnInvalidContentDocument() throws {
        let workspace = try Workspace()
        try workspace.write("bad.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p><div/></p></body></html>\n")
        let run = try OctavoBinary.run(["validate", "bad.xhtml"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("bad.xhtml:1:"))
    }

    @Test func epubcheckAcceptsABookOfContentDocuments() throws {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-constructs.md", """
            ---
            title: Constructs
            lang: en
            ---

            * toc
            {:toc}

            ## Raw HTML

            Inline <span class="x" onclick="y()">*raw*</span>, a [link](https://example.org/ "Title"){: target="_blank"}
            and a <a href="https://example.org/">raw link with [a link](https://example.com/)</a>.

            <table><tr><td width="50%">cell</td></tr>text</table>

            <p>Para <div>div</div> <a name="top"></a></p>

            ## Notes and math

            A note[^1], again[^1], and $$x^2$$ inline.

            $$
            \\int_0^1 x \\, dx
            $$

            | a | b |
            |:--|--:|
            | 1 | 2 |

            Term
            : Definition

            - [x] done
            - [ ] open

            [^1]: The note.
            """)
        let samples = OctavoBinary.packageRoot.appendingPathComponent("samples")
        // The sample post without images: standalone documents keep image paths as
        // written, and only -t epub carries the files.
        let posts = ["2026-5-1-constructs.md", samples.appendingPathComponent("2026-03-14-reading-list.md").path]
        let run = try OctavoBinary.run(["-t", "xhtml", "--output-dir", "book"] + posts, in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        let chapters = try Self.documents(in: workspace.url.appendingPathComponent("book"))
        #expect(chapters.count == 2)
        let epub = workspace.url.appendingPathComponent("book.epub").path
        let zipped = try ExternalTool.python(Self.bookMaker, [epub] + chapters)
        #expect(zipped.status == 0, "\(zipped.output)")
        let check = try ExternalTool.run(["epubcheck", epub])
        #expect(check.status == 0, "\(check.output)")
        #expect(!check.output.contains("ERROR") && !check.output.contains("WARNING"), "\(check.output)")
    }

    /// A Python program that packs content documents (the arguments after the book's
    /// path) into the smallest EPUB 3 around them: mimetype, container, package
    /// document (chapters holding MathML marked so), navigation document.
    static let bookMaker = """
        import sys, zipfile
        book, chapters = sys.argv[1], sys.argv[2:]
        items, spine, links = [], [], []
        with zipfile.ZipFile(book, 'w') as z:
            z.writestr(zipfile.ZipInfo('mimetype'), 'application/epub+zip', compress_type=zipfile.ZIP_STORED)
            z.writestr('META-INF/container.xml', '<?xml version="1.0"?><container version="1.0" '
                'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                'full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
                compress_type=zipfile.ZIP_DEFLATED)
            for number, path in enumerate(chapters):
                name = 'chapter%d.xhtml' % number
                z.write(path, 'EPUB/' + name, compress_type=zipfile.ZIP_DEFLATED)
                mathml = ' properties="mathml"' if b'<math ' in open(path, 'rb').read() else ''
                items.append('<item id="c%d" href="%s" media-type="application/xhtml+xml"%s/>' % (number, name, mathml))
                spine.append('<itemref idref="c%d"/>' % number)
                links.append('<li><a href="%s">Chapter %d</a></li>' % (name, number + 1))
            z.writestr('EPUB/nav.xhtml', '<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
                'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
                '<nav epub:type="toc"><ol>%s</ol></nav></body></html>' % ''.join(links), compress_type=zipfile.ZIP_DEFLATED)
            z.writestr('EPUB/package.opf', '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" '
                'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                '<dc:identifier id="id">urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier><dc:title>Test</dc:title>'
                '<dc:language>en</dc:language><meta property="dcterms:modified">2026-01-01T00:00:00Z</meta></metadata>'
                '<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>%s</manifest>'
                '<spine>%s</spine></package>' % (''.join(items), ''.join(spine)), compress_type=zipfile.ZIP_DEFLATED)
        """
}

/// `octavo -t xhtml` on the shared seed and corpus.
@Suite struct XHTMLCommandCorpusTests {
    @Test(arguments: ["seed", "corpus/posts"])
    func everyPostIsAValidContentDocument(folder: String) throws {
        try XHTMLCommandTests.checkContentDocuments(of: try TestData.sharedPosts(folder))
    }
}
