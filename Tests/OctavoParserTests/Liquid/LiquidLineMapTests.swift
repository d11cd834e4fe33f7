import OctavoModel
@testable import OctavoParser
import Testing

/// Rendered lines map back to the post's lines, and the Jekyll reader uses the map.
@Suite struct LiquidLineMapTests {
    @Test func linesAfterAnExpansionKeepTheirPostLines() throws {
        let site = try LiquidTestSite(includes: ["three.html": "1\n2\n3"])
        let source = Source(path: "post.md", text: "a\n{% include three.html %}\nb\n{% comment %}\nx\n{% endcomment %}\nc")
        let rendering = LiquidRenderer(site: site.site, page: .hash([])).render(source)
        #expect(String(decoding: rendering.bytes, as: UTF8.self) == "a\n1\n2\n3\nb\n\nc")
        #expect(rendering.lines == [1, 2, 2, 2, 3, 6, 7])
    }

    @Test func theReaderGivesBlocksTheirPostLines() throws {
        let site = try LiquidTestSite(includes: ["para.html": "x\n\ny\n\nz"])
        let text = "---\ntitle: T\n---\n{% include para.html %}\n\nafter\n\n{% if true\n%}\nlast{% endif %}\n"
        let (document, warnings) = try JekyllReader().reading(Source(path: "2020-01-02-t.md", text: text), site: site.site)
        #expect(warnings.isEmpty)
        #expect(document.blocks.map(\.range.start.line) == [4, 4, 4, 6, 10])
    }

    @Test func pageHasTheFactsJekyllGivesAPost() throws {
        let text = "---\ntags: [a]\nkey: v\n---\n{{ page.title }}; {{ page.date }}; {{ page.url }}; {{ page.slug }}; {{ page.key }}; {{ page.tags }}; {{ page.id }}\n"
        let (document, _) = try JekyllReader().reading(Source(path: "_posts/2010-07-21-my-name.md", text: text), site: .withoutSite)
        guard case .paragraph(let inlines) = document.blocks.first?.kind else {
            Issue.record("no paragraph")
            return
        }
        #expect(inlines == [.text("My Name; 2010-07-21 00:00:00 +0000; /2010/07/21/my-name.html; my-name; v; a; /2010/07/21/my-name")])
    }

    @Test func permalinksFollowTheSiteStyle() {
        func url(_ style: String, _ categories: [String] = []) -> String {
            LiquidPermalink(style: style).url(year: 2010, month: 7, day: 1, slug: "name", categories: categories)
        }
        #expect(url("") == "/2010/07/01/name.html")
        #expect(url("date", ["Blog", "x"]) == "/blog/x/2010/07/01/name.html")
        #expect(url("pretty") == "/2010/07/01/name/")
        #expect(url("none") == "/name.html")
        #expect(url("/:categories/:year/:i_month/:title.html", ["c"]) == "/c/2010/7/name.html")
    }
}

/// Which posts have their Liquid rendered.
@Suite struct LiquidReaderTests {
    @Test func aFileWithoutFrontMatterKeepsItsLiquid() throws {
        let (document, warnings) = try JekyllReader().reading(Source(path: "x.md", text: "{{ 'a' }} {% nope %}\n"), site: .withoutSite)
        #expect(warnings.isEmpty)
        #expect(document.blocks.first?.kind == .paragraph([.text("{{ 'a' }} {% nope %}")]))
    }

    @Test func withoutASiteNothingIsRendered() throws {
        let (document, warnings) = try JekyllReader().reading(Source(path: "x.md", text: "---\n---\n{{ 'a' }}\n"))
        #expect(warnings.isEmpty)
        #expect(document.blocks.first?.kind == .paragraph([.text("{{ 'a' }}")]))
    }
}
