import Foundation
import OctavoModel
import OctavoXML
import Testing
@testable import OctavoWriters

/// The parts Octavo writes for a small book with two chapters, an image and a cover.
@Suite struct BookTests {
    static func sample(language: String = "en", depth: Int = 2) -> Book {
        let headings = [
            ContentHeading(level: 1, id: "intro", text: "Intro & aims"),
            ContentHeading(level: 3, id: "deep", text: "Deep"),
            ContentHeading(level: 2, id: "middle", text: "Middle"),
            ContentHeading(level: 1, id: "", text: "No id"),
            ContentHeading(level: 1, id: "end", text: "End"),
        ]
        return Book(
            identifier: "urn:uuid:00000000-0000-5000-8000-000000000000", title: "Notes <2026>", creators: ["A. Writer", "B. Writer"],
            language: language, modified: 1_773_446_400,
            chapters: [
                BookChapter(href: EPUBFormat.chapterHref(index: 0), title: "First", bytes: [], containsMathML: false, headings: headings),
                BookChapter(href: EPUBFormat.chapterHref(index: 1), title: "Second", bytes: [], containsMathML: true, headings: []),
            ],
            images: [
                BookImage(href: "media/cover.jpg", mediaType: .jpeg, isCover: true),
                BookImage(href: "media/images/a.png", mediaType: .png),
            ],
            stylesheet: DefaultStylesheet.bytes, tableOfContentsDepth: depth)
    }

    private func part(_ path: String, of book: Book) -> [UInt8] {
        book.parts.first { $0.path == path }?.bytes ?? []
    }

    @Test func partsComeInContainerOrder() {
        #expect(Self.sample().parts.map(\.path) == [
            "mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/title.xhtml",
            "EPUB/chapter-001.xhtml", "EPUB/chapter-002.xhtml", "EPUB/style.css",
        ])
        #expect(Self.sample().parts[0].bytes == Array("application/epub+zip".utf8))
        #expect(!Self.sample().parts[0].compressible)
    }

    @Test func packageDocument() throws {
        try GoldenFile("epub-package.opf").check(part("EPUB/package.opf", of: Self.sample()))
    }

    @Test func navigationDocument() throws {
        try GoldenFile("epub-nav.xhtml").check(part("EPUB/nav.xhtml", of: Self.sample()))
    }

    /// The NCX holds the navigation document's entries, nested the same way and
    /// numbered in reading order, and matches its schema.
    @Test func ncxHoldsTheContentsForEPUB2ReadingSystems() throws {
        let book = Self.sample(depth: 3)
        let ncx = part("EPUB/toc.ncx", of: book)
        try GoldenFile("epub-toc.ncx").check(ncx)
        let text = String(decoding: ncx, as: UTF8.self)
        let entries = NavigationDocument.entries(of: book)
        #expect(text.components(separatedBy: "<navPoint ").count - 1 == entries.count)
        #expect(text.contains("playOrder=\"\(entries.count)\""))
        #expect(text.contains("<meta name=\"dtb:uid\" content=\"\(book.identifier)\"/>"))
        let validator = try RelaxNGValidator(.epubNcx)
        #expect(validator.validate(ncx, path: "toc.ncx").isEmpty)
    }

    @Test func generatedCover() throws {
        try GoldenFile("epub-cover.svg").check(GeneratedCover.svg(
            title: "Notes on a rather long title that has to wrap <2026>", creators: ["A. Writer", "B. Writer"], years: 2019...2024))
        #expect(GeneratedCover.wrapped("深度学习与自然语言处理的阅读笔记和论文清单", width: 440, size: 48).count == 3)
        #expect(GeneratedCover.wrapped("one two three", width: 440, size: 48) == ["one two three"])
        let single = String(decoding: GeneratedCover.svg(title: "T", creators: [], years: 2020...2020), as: UTF8.self)
        #expect(single.contains(">2020</text>") && !single.contains("–"))
    }

    @Test func partsAndCoverLeaveOutCharactersXMLCannotHold() throws {
        var book = Self.sample()
        book.title = "Notes\u{1} <2026>\u{FFFE}\u{FFFF}"
        book.creators = ["A.\u{B} Writer"]
        book.chapters[0].title = "Fir\u{1F}st"
        book.chapters[0].headings = [ContentHeading(level: 1, id: "intro", text: "In\u{8}tro")]
        for part in book.parts {
            guard let schema = part.schemaName, schema != .xhtmlContent else { continue }
            let text = String(decoding: part.bytes, as: UTF8.self)
            #expect(text.unicodeScalars.allSatisfy(XMLEscaping.isAllowed), "\(part.path)")
            #expect(try RelaxNGValidator(schema).validate(part.bytes, path: part.path).isEmpty, "\(part.path)")
        }
        #expect(String(decoding: part("EPUB/package.opf", of: book), as: UTF8.self).contains("<dc:title>Notes &lt;2026&gt;</dc:title>"))
        #expect(String(decoding: part("EPUB/toc.ncx", of: book), as: UTF8.self).contains("<text>Intro</text>"))
        let cover = String(decoding: GeneratedCover.svg(title: book.title, creators: book.creators, years: nil), as: UTF8.self)
        #expect(cover.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
        #expect(cover.contains("<title>Notes &lt;2026&gt;</title>"))
    }

    @Test func titlePageInChinese() throws {
        try GoldenFile("epub-title-zh.xhtml").check(part("EPUB/title.xhtml", of: Self.sample(language: "zh")))
    }

    @Test func contentsDepthLimitsHeadingsAndNeverSkipsALevel() {
        let depths = { (book: Book) in NavigationDocument.entries(of: book).map(\.depth) }
        #expect(depths(Self.sample(depth: 1)) == [1, 1])
        #expect(depths(Self.sample(depth: 2)) == [1, 2, 2, 1])
        #expect(depths(Self.sample(depth: 3)) == [1, 2, 3, 3, 2, 1])
    }
}
