import OctavoModel
import Testing
@testable import OctavoWriters

/// `ChapterLinks`: links between chapters and within one keep their fragment only when
/// it names an element of the target chapter, and otherwise point at its top.
@Suite struct ChapterLinksTests {
    static let first = Metadata(source: "_posts/2021-11-10-first.md", date: PostDate(parsing: "2021-11-10"), slug: "first")
    static let second = Metadata(source: "_posts/2021-11-11-second.md", date: PostDate(parsing: "2021-11-11"), slug: "second")

    private func links(siteURL: String? = nil) -> ChapterLinks {
        let posts = [
            BookLinks.Post(source: Self.first.source, metadata: Self.first, href: "chapter-001.xhtml"),
            BookLinks.Post(source: Self.second.source, metadata: Self.second, href: "chapter-002.xhtml"),
        ]
        return ChapterLinks(links: BookLinks(posts: posts, siteURL: siteURL), post: posts[0], surveys: [
            "chapter-001.xhtml": ContentSurvey(identifiers: ["here", "笔", "a-b"], renamedHeadingIdentifiers: ["a b", "fn1"]),
            "chapter-002.xhtml": ContentSurvey(identifiers: ["there"]),
        ])
    }

    @Test func fragmentsThatNameAnElementStay() {
        #expect(links().resolve("#here") == .address("#here"))
        #expect(links().resolve("#%E7%AC%94") == .address("#%E7%AC%94"))
        #expect(links().resolve("#笔") == .address("#笔"))
        #expect(links().resolve("2021-11-11-second.md#there") == .address("chapter-002.xhtml#there"))
        #expect(links().resolve("/2021/11/11/second.html") == .address("chapter-002.xhtml"))
        #expect(links().resolve("https://example.org/#anything") == .address("https://example.org/#anything"))
        #expect(links().resolve("#") == .address("#"))
    }

    @Test func fragmentsThatNameNoElementPointAtTheTopOfTheirChapter() {
        #expect(links().resolve("#missing") == .chapterTop("chapter-001.xhtml", missing: "#missing"))
        #expect(links().resolve("/2021/11/11/second.html#nope") == .chapterTop("chapter-002.xhtml", missing: "chapter-002.xhtml#nope"))
        #expect(links().resolve("#no where") == .chapterTop("chapter-001.xhtml", missing: "#no%20where"))
        // Another chapter's renamed headings are not reached by their written identifiers.
        #expect(links().resolve("2021-11-11-second.md#fn1") == .chapterTop("chapter-002.xhtml", missing: "chapter-002.xhtml#fn1"))
    }

    @Test func headingsRenamedInTheChapterAreReachedByTheirWrittenIdentifiers() {
        #expect(links().resolve("#fn1") == .address("#fn1"))
        #expect(links().resolve("#a b") == .address("#a b"))
    }

    @Test func linksThatPointNowhereInTheBookBecomeText() {
        #expect(links().resolve("/about/") == .text)
        #expect(links().resolve("file:///home/me/notes.md") == .text)
        #expect(links(siteURL: "https://blog.example.org").resolve("/about/") == .address("https://blog.example.org/about/"))
    }
}
