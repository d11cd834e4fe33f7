import OctavoModel
@testable import OctavoParser
import Testing

/// assign, capture, for, include, post_url and link. Every expected text here is what `jekyll build` (Jekyll 4.3.1, Liquid 5.4)
/// writes for the same template in a page of the same site (`LiquidTestSite`).
@Suite struct LiquidTagsTests {
    @Test func assignCapture() throws {
        let (text, warnings) = try LiquidTestSite().render("{% assign x = 'a' | upcase %}{% capture y %}[{{ x }}]{% endcapture %}{{ y }}{{ y }}")
        #expect(text == "[A][A]")
        #expect(warnings.isEmpty)
    }

    @Test func forLoop() throws {
        let (text, warnings) = try LiquidTestSite().render("{% for i in site.hw %}{{ forloop.index }}{{ i }}{% if forloop.first %}F{% endif %}{% if forloop.last %}L{% endif %}{% endfor %}")
        #expect(text == "1aF2bL")
        #expect(warnings.isEmpty)
    }

    @Test func forOptions() throws {
        let (text, warnings) = try LiquidTestSite().render("{% for i in (1..6) limit: 3 offset: 1 %}{{ i }}{% endfor %}|{% for i in (1..3) reversed %}{{ i }}{% endfor %}|{% for i in nothing %}x{% else %}empty{% endfor %}")
        #expect(text == "234|321|empty")
        #expect(warnings.isEmpty)
    }

    @Test func include() throws {
        let (text, warnings) = try LiquidTestSite().render("{% include p.html a=\"x\" b=site.title %}|{% include p.html a='y' %}")
        #expect(text == "[x|Site]|[y|]")
        #expect(warnings.isEmpty)
    }

    @Test func includeIf() throws {
        let (text, warnings) = try LiquidTestSite().render("{% include m.html url=\"//cdn/x.png\" %}|{% include m.html url=\"pic.png\" %}")
        #expect(text == "//cdn/x.png|/blog/assets/pic.png")
        #expect(warnings.isEmpty)
    }

    @Test func postURL() throws {
        let (text, warnings) = try LiquidTestSite().render("{% post_url 2010-07-21-name %}|{% link _posts/2010-07-21-name.md %}|{% link about.md %}")
        #expect(text == "/blog/2010/07/21/name.html|/blog/2010/07/21/name.html|/blog/about.html")
        #expect(warnings.isEmpty)
    }

    @Test func linkToACollectionDocument() throws {
        let (text, warnings) = try LiquidTestSite().render("{% link _java/sub/x.md %}|{% link _notes/a/b.md %}")
        #expect(text == "/blog/java/x.html|/blog/notes/a/b.html")
        #expect(warnings.isEmpty)
    }
}
