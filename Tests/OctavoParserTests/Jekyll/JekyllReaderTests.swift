import Foundation
import OctavoModel
@testable import OctavoParser
import Testing

/// Whole posts: front matter, file name and body together.
@Suite struct JekyllReaderTests {
    @Test func mergesFrontMatterAndFileName() throws {
        let text = "---\ntitle: Russia\ncategory: World\n---\n# Heading\n\nText.\n"
        let document = try JekyllReader().read(Source(path: "posts/2026-7-9-Russia_12.markdown", text: text))
        #expect(document.metadata == Metadata(
            source: "posts/2026-7-9-Russia_12.markdown", title: "Russia",
            date: PostDate(year: 2026, month: 7, day: 9), categories: ["World"], slug: "Russia_12", dialect: .kramdown))
    }

    @Test func frontMatterDateAndSlugWinOverTheFileName() throws {
        let text = "---\ndate: 2026-07-10 08:00:00 +0300\nslug: moscow\n---\n"
        let metadata = try JekyllReader().read(Source(path: "2026-7-9-Russia_12.md", text: text)).metadata
        #expect(metadata.date == PostDate(year: 2026, month: 7, day: 10, hour: 8, minute: 0, second: 0, utcOffsetMinutes: 180))
        #expect(metadata.slug == "moscow")
    }

    @Test func standardInputHasNoFileNameFacts() throws {
        let metadata = try JekyllReader().read(Source(path: "<stdin>", text: "# Hi\n"), usesFileName: false).metadata
        #expect(metadata.date == nil)
        #expect(metadata.slug == nil)
    }

    @Test func bodyPositionsCountFromTheTopOfTheFile() throws {
        let document = try JekyllReader().read(Source(path: "p.md", text: "---\ntitle: x\n---\n\n# Heading\n"))
        #expect(document.blocks.count == 1)
        #expect(document.blocks.first?.range.start == SourcePosition(line: 5, column: 1))
        if case .heading(let heading) = document.blocks.first?.kind {
            #expect(heading.content == [.text("Heading")])
        } else {
            Issue.record("expected a heading, got \(document.blocks)")
        }
    }

    @Test func aPostWithoutFrontMatterIsAllBody() throws {
        let document = try JekyllReader().read(Source(path: "about.md", text: "Intro\n\n---\n\nA *post*.\n"))
        #expect(document.metadata.slug == "about")
        #expect(document.blocks.map(\.range.start.line) == [1, 3, 5])
    }

    @Test func invalidFrontMatterIsThrown() {
        #expect(throws: Diagnostic.self) {
            try JekyllReader().read(Source(path: "p.md", text: "---\ntitle: [\n---\nBody\n"))
        }
    }

    /// Every fixture post has a date and a slug, and reads without messages.
    @Test(arguments: try SharedFiles.fixturePosts())
    func fixturePost(_ url: URL) throws {
        let source = Source(path: url.lastPathComponent, bytes: [UInt8](try Data(contentsOf: url)))
        let metadata = try JekyllReader().read(source).metadata
        #expect(source.diagnostics.isEmpty)
        #expect(metadata.date != nil, "\(url.lastPathComponent): no date")
        #expect(metadata.slug?.isEmpty == false)
    }
}

/// The shared corpus and seed through the Jekyll reader.
@Suite struct JekyllReaderCorpusTests {
    /// Every real post has a title, a date and a category, and reads without messages.
    @Test(arguments: try SharedFiles.posts().map { "corpus/posts/\($0)" } + SharedFiles.posts(in: "seed").map { "seed/\($0)" })
    func sharedPost(_ path: String) throws {
        let source = Source(path: path, bytes: [UInt8](try SharedFiles.data(path)))
        let metadata = try JekyllReader().read(source).metadata
        #expect(source.diagnostics.isEmpty)
        #expect(metadata.title?.isEmpty == false, "\(path): no title")
        #expect(metadata.date != nil, "\(path): no date")
        #expect(!metadata.categories.isEmpty, "\(path): no category")
        #expect(metadata.layout == "post")
        #expect(metadata.slug?.isEmpty == false)
    }
}
