import OctavoModel
@testable import OctavoParser
import Testing

/// What Octavo cannot render stays as text, with a warning at its place in the post.
@Suite struct LiquidWarningsTests {
    @Test func anUnknownTagStaysWithAWarningAtItsPosition() {
        let (text, warnings) = LiquidTestSite.render("line one\nab {% xyz a b %} c\n")
        #expect(text == "line one\nab {% xyz a b %} c\n")
        #expect(warnings.map(\.description) == ["post.md:2:4: warning: Liquid: unknown tag 'xyz'; left as text"])
    }

    @Test func anUnknownFilterLeavesTheOutputAsText() {
        let (text, warnings) = LiquidTestSite.render("{{ 'a' | frobnicate }} {{ 'b' }}")
        #expect(text == "{{ 'a' | frobnicate }} b")
        #expect(warnings.map(\.message) == ["Liquid: unknown filter 'frobnicate'; left as text"])
    }

    @Test func syntaxErrorsAndUnclosedDelimitersStay() {
        let (text, warnings) = LiquidTestSite.render("{{ a b }}\n{{ x\n{% if x %}y")
        #expect(text == "{{ a b }}\n{{ x\n{% if x %}y")
        #expect(warnings.map(\.position.line) == [1, 2, 3])
        #expect(warnings[2].message == "Liquid: 'if' is not closed; left as text")
    }

    @Test func aStrayEndTagStays() {
        let (text, warnings) = LiquidTestSite.render("a {% endif %}")
        #expect(text == "a {% endif %}")
        #expect(warnings.map(\.message) == ["Liquid: unexpected 'endif'; left as text"])
    }

    @Test func aLoopOverSitePostsIsEmptyWithAWarning() {
        let (text, warnings) = LiquidTestSite.render("[{% for post in site.posts %}{{ post.url }}{% endfor %}]")
        #expect(text == "[]")
        #expect(warnings.map(\.message) == ["Liquid: site.posts is not known to Octavo (it reads one post, not the site); the loop is empty"])
    }

    @Test func anAssignFromAnUnknownSiteListIsEmptyWithAWarning() {
        let (text, warnings) = LiquidTestSite.render("{% assign xs = site.java | where_exp: 'p', 'p.url contains x' | sort: 'n' %}[{% for x in xs %}x{% endfor %}]")
        #expect(text == "[]")
        #expect(warnings.map(\.message) == ["Liquid: site.java is not known to Octavo (it reads one post, not the site); 'xs' is empty"])
    }

    @Test func warningsInsideAnIncludeNameTheIncludeAndPointAtTheTag() throws {
        let site = try LiquidTestSite(includes: ["bad.html": "x\n{% nope %}"])
        let (text, warnings) = site.render("a\n  {% include bad.html %}")
        #expect(text == "a\n  x\n{% nope %}")
        #expect(warnings.map(\.description) == ["post.md:2:3: warning: Liquid: in _includes/bad.html:2:1: unknown tag 'nope'; left as text"])
    }

    @Test func highlightBecomesAFencedCodeBlock() {
        let (text, warnings) = LiquidTestSite.render("{% highlight python %}\nx = '{{ 1 }}'\n```\n{% endhighlight %}\n")
        #expect(text == "````python\nx = '1'\n```\n````\n")
        #expect(warnings.isEmpty)
    }

    @Test func markdownifyLeavesTheTextForKramdown() {
        #expect(LiquidTestSite.render("{{ '*a*' | markdownify }}").text == "*a*")
    }
}
