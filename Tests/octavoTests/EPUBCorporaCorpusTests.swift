import Foundation
import Testing

/// A book of every shared corpus (the sample corpus, cs231n, cs228, lsieun-java) and
/// every volume of each split by year: EPUBCheck, run once for all of them, reports no
/// error and no warning (its usage notes are allowed), ebooklib finds every chapter and
/// image, and each package has its accessibility metadata, a cover and an NCX.
@Suite struct EPUBCorporaCorpusTests {
    @Test func everyCorpusMakesABookAndVolumesEPUBCheckAccepts() throws {
        let shared = TestData.sharedFolder
        let workspace = try Workspace()
        let sites: [(name: String, inputs: [String])] = [
            ("corpus", ["--site-root", shared.appendingPathComponent("corpus/site").path, shared.appendingPathComponent("corpus/posts").path]),
            ("cs231n", [shared.appendingPathComponent("corpora/cs231n").path]),
            ("cs228", [shared.appendingPathComponent("corpora/cs228").path]),
            ("lsieun-java", [shared.appendingPathComponent("corpora/lsieun-java").path]),
        ]
        var books: [URL] = []
        for site in sites {
            let book = workspace.url.appendingPathComponent(site.name + ".epub")
            let whole = try OctavoBinary.run(["-t", "epub", "--quiet", "-o", book.path] + site.inputs)
            #expect(whole.status == 0, "\(site.name): \(whole.stderr)")
            let folder = workspace.url.appendingPathComponent("volumes-" + site.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let split = try OctavoBinary.run(["-t", "epub", "--quiet", "--split-by", "year", "-o", folder.appendingPathComponent(site.name + ".epub").path]
                                             + site.inputs)
            #expect(split.status == 0, "\(site.name): \(split.stderr)")
            let volumes = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0) }
            #expect(!volumes.isEmpty, "\(site.name) has no volumes")
            books += [book] + volumes
        }
        let check = try EPUBCheck.run(books)
        let problems = check.output.split(separator: "\n").filter { line in
            !line.contains(": USAGE ") && !check.counts.keys.contains { line == "\($0): chapters \(check.counts[$0]!.chapters), images \(check.counts[$0]!.images)" }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        for book in books {
            let opened = try EPUBBook(book)
            #expect(check.counts[book.path]?.chapters == opened.chapterPaths.count, "\(book.lastPathComponent)")
            #expect(check.counts[book.path]?.images == opened.imagePaths.count, "\(book.lastPathComponent)")
            // The five accessibility properties, with counts that match the book, a cover and an NCX.
            try EPUBCommandTests.checkAccessibility(of: opened)
            #expect(try opened.text("EPUB/package.opf").contains("properties=\"cover-image\""), "\(book.lastPathComponent)")
            #expect(opened.paths.contains("EPUB/toc.ncx"), "\(book.lastPathComponent)")
        }
        // The SVG image that had references to missing gradients is carried, repaired.
        let java = try EPUBBook(workspace.url.appendingPathComponent("lsieun-java.epub"))
        #expect(java.imagePaths.contains("EPUB/media/assets/images/java/text/UTF-16_encoding.svg"))
    }
}
