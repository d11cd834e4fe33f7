import Foundation
import OctavoModel
import OctavoWriters
import Testing
import ZIPFoundation
@testable import OctavoPipeline

@Suite struct BookFileTests {
    private func book(chapterText: String) -> Book {
        let chapter = BookChapter(href: EPUBFormat.chapterHref(index: 0), title: "One", bytes: Array(chapterText.utf8),
                                  containsMathML: false, headings: [])
        return Book(identifier: "urn:uuid:00000000-0000-5000-8000-000000000000", title: "T", creators: [], language: "en",
                    modified: 1_700_000_000, chapters: [chapter], images: [BookImage(href: "media/images/a.png", mediaType: .png)],
                    stylesheet: DefaultStylesheet.bytes, tableOfContentsDepth: 2)
    }

    private func write(_ book: Book, images: [(String, String)], to path: String) throws {
        let sources = try images.map { image in
            let opened = try ImageSource.openFile(image.0)
            close(opened.descriptor)
            return (source: ImageSource(path: image.0, identity: opened.identity), entry: image.1)
        }
        try BookFile.write(book.parts, images: sources, modified: book.modified, to: path)
    }

    @Test func anImageReplacedAfterItWasCheckedIsNotRead() throws {
        let site = try SiteFixture()
        let image = site.root + "/images/a.png"
        let opened = try ImageSource.openFile(image)
        close(opened.descriptor)
        let source = ImageSource(path: image, identity: opened.identity)
        try FileManager.default.removeItem(atPath: image)
        try FileManager.default.createSymbolicLink(atPath: image, withDestinationPath: site.folder.path("outside/real.png"))
        let path = site.folder.path("book.epub")
        #expect(throws: Diagnostic.self) {
            try BookFile.write(book(chapterText: "<html/>").parts, images: [(source, "EPUB/media/images/a.png")], modified: 0, to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: ArchiveFailure.self) { try source.reopen() }
    }

    @Test func anSVGImageIsWrittenAsTheBytesThatWereChecked() throws {
        let site = try SiteFixture()
        let image = site.root + "/images/ok.svg"
        let checked = Array(try Data(contentsOf: URL(fileURLWithPath: image)))
        let opened = try ImageSource.openFile(image)
        close(opened.descriptor)
        let source = ImageSource(path: image, identity: opened.identity, checkedContent: checked)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: image))
        try handle.write(contentsOf: Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8))
        try handle.close()
        let path = site.folder.path("book.epub")
        try BookFile.write(book(chapterText: "<html/>").parts, images: [(source, "EPUB/media/images/ok.svg")], modified: 0, to: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        var written = Data()
        _ = try archive.extract(try #require(archive["EPUB/media/images/ok.svg"])) { written.append($0) }
        #expect(Array(written) == checked)
    }

    @Test func entriesComeInOrderWithTheMimetypeFirstAndStored() throws {
        let site = try SiteFixture()
        let path = site.folder.path("book.epub")
        try write(book(chapterText: "<html/>"), images: [(site.root + "/images/a.png", "EPUB/media/images/a.png")], to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype is stored")
        #expect(bytes[26] == 8 && bytes[27] == 0 && bytes[28] == 0 && bytes[29] == 0, "name of 8 bytes, no extra field")
        #expect(Array(bytes[30..<58]) == Array("mimetypeapplication/epub+zip".utf8))
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        #expect(archive.map(\.path) == [
            "mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/title.xhtml",
            "EPUB/chapter-001.xhtml", "EPUB/style.css", "EPUB/media/images/a.png",
        ])
        var image = Data()
        _ = try archive.extract(archive["EPUB/media/images/a.png"]!) { image.append($0) }
        #expect([UInt8](image) == SiteFixture.png)
        #expect(try site.folder.names().filter { $0.hasPrefix(".") }.isEmpty, "no temporary file is left")
    }

    @Test func theSameBookGivesTheSameBytesAndAnUnchangedFileIsNotRewritten() throws {
        let site = try SiteFixture()
        let first = site.folder.path("first.epub"), second = site.folder.path("second.epub")
        let images = [(site.root + "/images/a.png", "EPUB/media/images/a.png")]
        try write(book(chapterText: "<html/>"), images: images, to: first)
        try write(book(chapterText: "<html/>"), images: images, to: second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: first)
        try write(book(chapterText: "<html/>"), images: images, to: first)
        #expect(try FileManager.default.attributesOfItem(atPath: first)[.modificationDate] as? Date == old)
        try write(book(chapterText: "<html lang=\"en\"/>"), images: images, to: first)
        #expect(try FileManager.default.attributesOfItem(atPath: first)[.modificationDate] as? Date != old)
    }

    @Test func aMissingImageLeavesTheOldBookAndNoTemporaryFile() throws {
        let site = try SiteFixture()
        let path = try site.folder.write("book.epub", "old book")
        #expect(throws: (any Error).self) {
            try write(book(chapterText: "<html/>"), images: [(site.root + "/images/gone.png", "EPUB/media/gone.png")], to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old book")
        #expect(try site.folder.names() == ["book.epub", "outside", "site"])
    }
}
