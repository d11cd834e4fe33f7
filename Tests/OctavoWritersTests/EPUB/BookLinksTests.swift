import OctavoModel
import Testing
@testable import OctavoWriters

@Suite struct BookLinksTests {
    static func metadata(_ source: String, date: String, slug: String, categories: [String] = []) -> Metadata {
        Metadata(source: source, date: PostDate(parsing: date), categories: categories, slug: slug)
    }

    static let tvm = metadata("_posts/2021-11-10-TVM_2.md", date: "2021-11-10", slug: "TVM_2", categories: ["toolchain"])
    static let notes = metadata("_posts/2017/2017-8-21-tensorflow.markdown", date: "2017-8-21", slug: "tensorflow", categories: ["DL Framework"])

    private func links(siteURL: String?) -> BookLinks {
        BookLinks(posts: [
            BookLinks.Post(source: Self.tvm.source, metadata: Self.tvm, href: "chapter-001.xhtml"),
            BookLinks.Post(source: Self.notes.source, metadata: Self.notes, href: "chapter-002.xhtml"),
        ], siteURL: siteURL)
    }

    private func target(_ destination: String, siteURL: String? = nil, in metadata: Metadata = notes) -> BookLinks.Target {
        links(siteURL: siteURL).target(of: destination, source: metadata.source, metadata: metadata)
    }

    @Test func permalinksOfPostsInTheBookPointAtTheirChapters() {
        #expect(target("/toolchain/2021/11/10/TVM_2.html#bazel") == .replaced("chapter-001.xhtml#bazel"))
        #expect(target("/2021/11/10/TVM_2.html") == .replaced("chapter-001.xhtml"))
        #expect(target("/a/b/2021/11/10/TVM_2/") == .replaced("chapter-001.xhtml"))
        #expect(target("/dl%20framework/2017/08/21/tensorflow.html?x=1#top") == .replaced("chapter-002.xhtml#top"))
        #expect(target("https://blog.example.org/toolchain/2021/11/10/TVM_2.html", siteURL: "https://blog.example.org/")
            == .replaced("chapter-001.xhtml"))
    }

    @Test func postFilesPointAtTheirChapters() {
        #expect(target("../2021-11-10-TVM_2.md#bazel") == .replaced("chapter-001.xhtml#bazel"))
        #expect(target("2021-11-10-TVM_2.md", in: Self.tvm) == .replaced("chapter-001.xhtml"))
        #expect(target("elsewhere/2021-11-10-TVM_2.md") == .replaced("chapter-001.xhtml"))
    }

    @Test func otherSiteLinksBecomeAbsoluteWithASiteURLElseText() {
        #expect(target("/math/2019/10/06/math_14.html#Filter") == .text)
        #expect(target("/about/") == .text)
        #expect(target("notes.html") == .text)
        #expect(target("/math/2019/10/06/math_14.html#Filter", siteURL: "https://blog.example.org/base")
            == .replaced("https://blog.example.org/base/math/2019/10/06/math_14.html#Filter"))
        #expect(target("../img/x.pdf", siteURL: "https://blog.example.org", in: Self.tvm)
            == .replaced("https://blog.example.org/toolchain/2021/11/img/x.pdf"))
        #expect(target("../about/?q=a//b#x/../y", siteURL: "https://blog.example.org", in: Self.tvm)
            == .replaced("https://blog.example.org/toolchain/2021/11/about/?q=a//b#x/../y"))
    }

    @Test func linksWithASchemeAndFragmentsStay() {
        #expect(target("https://example.com/2021/11/10/TVM_2.html") == .unchanged)
        #expect(target("mailto:someone@example.com") == .unchanged)
        #expect(target("file:///home/someone/notes.pdf") == .text)
        #expect(target("FILE:notes.pdf") == .text)
        #expect(target("#section") == .unchanged)
        #expect(target("") == .unchanged)
        #expect(target("https://blog.example.org.evil/x", siteURL: "https://blog.example.org") == .unchanged)
    }

    @Test func deadMarkdownLinksBecomeTheirText() {
        let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))
        let dead = Inline.link(Link(destination: "/about/", content: [.emphasis([.text("about")])], style: .inline))
        let live = Inline.link(Link(destination: "/2021/11/10/TVM_2.html", content: [.text("TVM"), dead], style: .inline))
        let document = Document(metadata: Self.notes, blocks: [
            Block(.paragraph([.text("see "), live]), range: range),
            Block(.blockQuote([Block(.heading(Heading(level: 2, content: [dead], style: .atx)), range: range)]), range: range),
        ])
        let rewritten = links(siteURL: nil).removingDeadLinks(from: document)
        let kept = Inline.link(Link(destination: "/2021/11/10/TVM_2.html", content: [.text("TVM"), .emphasis([.text("about")])], style: .inline))
        #expect(rewritten.blocks[0].kind == .paragraph([.text("see "), kept]))
        #expect(rewritten.blocks[1].kind == .blockQuote([Block(.heading(Heading(level: 2, content: [.emphasis([.text("about")])], style: .atx)), range: range)]))
    }
}
