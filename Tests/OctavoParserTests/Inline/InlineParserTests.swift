import OctavoModel
import Testing
@testable import OctavoParser

/// The inline phase, checked on the tree it builds.
@Suite struct InlineParserTests {
    static let references: [String: LinkReferenceDefinition] = [
        "foo": LinkReferenceDefinition(label: "foo", destination: "/url", title: "title"),
    ]

    func parse(_ text: String, dialect: MarkdownDialect = .commonmark, footnotes: Set<String> = []) -> [Inline] {
        let context = InlineContext(references: Self.references, footnoteLabels: footnotes, dialect: dialect)
        var parser = InlineParser(context: context)
        return parser.parse(Array(text.utf8)[...])
    }

    @Test func plainTextIsOneNode() {
        #expect(parse("hello world") == [.text("hello world")])
    }

    /// Text with no byte that starts syntax is one text inline; an h, w or f starts an
    /// extended autolink only before its prefix.
    @Test func literalTextIsOneNodeUnlessAnAutolinkPrefixFollows() {
        #expect(parse("深度学习 with her fine words", dialect: .gfm) == [.text("深度学习 with her fine words")])
        #expect(parse("深度学习 with her fine words", dialect: .commonmark) == [.text("深度学习 with her fine words")])
        for (prefix, url, destination) in [("see ", "www.example.com", "http://www.example.com"),
                                           ("深", "https://example.com", "https://example.com"),
                                           ("from ", "ftp://example.com", "ftp://example.com")] {
            let link = Link(destination: destination, content: [.text(url)], style: .bare)
            #expect(parse(prefix + url, dialect: .gfm) == [.text(prefix), .link(link)])
        }
    }

    @Test func sliceIndicesNeedNotStartAtZero() {
        let bytes = Array("xx*a*".utf8)
        let context = InlineContext(references: [:], footnoteLabels: [], dialect: .commonmark)
        var parser = InlineParser(context: context)
        #expect(parser.parse(bytes[2...]) == [.emphasis([.text("a")])])
    }

    @Test func escapesAndEntitiesMergeIntoText() {
        #expect(parse("\\*a\\* &amp; &#35; &#x22; &nosuch; \\q") == [.text("*a* & # \" &nosuch; \\q")])
    }

    @Test func lineBreaks() {
        #expect(parse("a  \nb\\\nc\nd") == [.text("a"), .lineBreak, .text("b"), .lineBreak, .text("c"), .softBreak, .text("d")])
    }

    @Test func codeSpans() {
        #expect(parse("`` a`b ``") == [.code("a`b")])
        #expect(parse("` `` `") == [.code("``")])
        #expect(parse("`a\nb`") == [.code("a b")])
        #expect(parse("```a``") == [.text("```a``")])
        #expect(parse("`\\*`") == [.code("\\*")])
    }

    @Test func emphasisAndStrong() {
        #expect(parse("*a* _b_ **c** __d__") == [
            .emphasis([.text("a")]), .text(" "), .emphasis([.text("b")]), .text(" "),
            .strong([.text("c")]), .text(" "), .strong([.text("d")]),
        ])
        #expect(parse("***a***") == [.emphasis([.strong([.text("a")])])])
        #expect(parse("foo_bar_") == [.text("foo_bar_")])
        #expect(parse("*foo**bar**baz*") == [.emphasis([.text("foo"), .strong([.text("bar")]), .text("baz")])])
        #expect(parse("**foo*") == [.text("*"), .emphasis([.text("foo")])])
        #expect(parse("a * b *") == [.text("a * b *")])
    }

    @Test func unicodePunctuationAffectsFlanking() {
        #expect(parse("*€*") == [.emphasis([.text("€")])])
        #expect(parse("a*\"foo\"*") == [.text("a*\"foo\"*")])
    }

    @Test func inlineLinks() {
        #expect(parse("[a](/b \"t\")") == [.link(Link(destination: "/b", title: "t", content: [.text("a")], style: .inline))])
        #expect(parse("[a](<b c> 'd')") == [.link(Link(destination: "b c", title: "d", content: [.text("a")], style: .inline))])
        #expect(parse("[a]()") == [.link(Link(destination: "", content: [.text("a")], style: .inline))])
        #expect(parse("[a](b(c)d)") == [.link(Link(destination: "b(c)d", content: [.text("a")], style: .inline))])
        #expect(parse("[a](\\(b&amp;)") == [.link(Link(destination: "(b&", content: [.text("a")], style: .inline))])
        #expect(parse("[a](b c)") == [.text("[a](b c)")])
    }

    @Test func referenceLinks() {
        let link = Inline.link(Link(destination: "/url", title: "title", content: [.text("Foo")], style: .reference))
        #expect(parse("[Foo]") == [link])
        #expect(parse("[Foo][]") == [link])
        #expect(parse("[Foo][ FOO ]") == [link])
        #expect(parse("[Foo][bar]") == [.text("[Foo][bar]")])
        #expect(parse("[bar]") == [.text("[bar]")])
    }

    @Test func noLinksInsideLinksButImagesAllowed() {
        #expect(parse("[a [b](c) d](e)") == [.text("[a "), .link(Link(destination: "c", content: [.text("b")], style: .inline)), .text(" d](e)")])
        let image = Inline.image(Image(source: "i", description: [.text("x")], style: .inline))
        #expect(parse("[![x](i)](l)") == [.link(Link(destination: "l", content: [image], style: .inline))])
    }

    @Test func emphasisInsideLinkText() {
        #expect(parse("[*a*](b)*") == [.link(Link(destination: "b", content: [.emphasis([.text("a")])], style: .inline)), .text("*")])
        #expect(parse("*[a*](b)") == [.text("*"), .link(Link(destination: "b", content: [.text("a*")], style: .inline))])
    }

    @Test func autolinks() {
        #expect(parse("<https://a.b/c?d>") == [.link(Link(destination: "https://a.b/c?d", content: [.text("https://a.b/c?d")], style: .autolink))])
        #expect(parse("<me@example.com>") == [.link(Link(destination: "mailto:me@example.com", content: [.text("me@example.com")], style: .autolink))])
        #expect(parse("<a b:c>") == [.html("<a b:c>")])
        #expect(parse("<https://a b>") == [.text("<https://a b>")])
    }

    @Test func rawHTML() {
        #expect(parse("a <b c=\"d\" e='f' g=h/> </i>") == [.text("a "), .html("<b c=\"d\" e='f' g=h/>"), .text(" "), .html("</i>")])
        #expect(parse("<!--> <!---> <!-- x -->") == [.html("<!-->"), .text(" "), .html("<!--->"), .text(" "), .html("<!-- x -->")])
        #expect(parse("<?php x ?><!DOCTYPE y><![CDATA[ z ]]>") == [.html("<?php x ?>"), .html("<!DOCTYPE y>"), .html("<![CDATA[ z ]]>")])
        #expect(parse("<33> <a =b>") == [.text("<33> <a =b>")])
    }

    @Test func strikethroughOnlyInGFM() {
        #expect(parse("~~a~~ ~b~", dialect: .gfm) == [.strikethrough([.text("a")]), .text(" "), .strikethrough([.text("b")])])
        #expect(parse("~~a~ ~~~c~~~", dialect: .gfm) == [.text("~~a~ ~~~c~~~")])
        #expect(parse("~~a~~") == [.text("~~a~~")])
    }

    @Test func extendedAutolinks() {
        #expect(parse("see www.example.com/a_b.", dialect: .gfm) == [
            .text("see "), .link(Link(destination: "http://www.example.com/a_b", content: [.text("www.example.com/a_b")], style: .bare)), .text("."),
        ])
        #expect(parse("(https://x.org/a(b)))", dialect: .gfm) == [
            .text("("), .link(Link(destination: "https://x.org/a(b)", content: [.text("https://x.org/a(b)")], style: .bare)), .text("))"),
        ])
        #expect(parse("www.a.com/&amp; ok", dialect: .gfm) == [
            .link(Link(destination: "http://www.a.com/", content: [.text("www.a.com/")], style: .bare)), .text("& ok"),
        ])
        #expect(parse("mail a.b-c_d@a.b.", dialect: .gfm) == [
            .text("mail "), .link(Link(destination: "mailto:a.b-c_d@a.b", content: [.text("a.b-c_d@a.b")], style: .bare)), .text("."),
        ])
        #expect(parse("a.b@c_ www.a_b.c", dialect: .gfm) == [.text("a.b@c_ www.a_b.c")])
        #expect(parse("www.example.com") == [.text("www.example.com")])
        #expect(parse("\"http://a.b\"", dialect: .gfm) == [
            .text("\""), .link(Link(destination: "http://a.b", content: [.text("http://a.b")], style: .bare)), .text("\""),
        ])
        #expect(parse("![http://a.b](c)", dialect: .gfm) == [.image(Image(source: "c", description: [.text("http://a.b")], style: .inline))])
    }

    @Test func footnoteReferences() {
        #expect(parse("a[^Note]", dialect: .gfm, footnotes: ["note"]) == [.text("a"), .footnoteReference("note")])
        #expect(parse("a[^other]", dialect: .gfm, footnotes: ["note"]) == [.text("a[^other]")])
        #expect(parse("a[^note]", footnotes: ["note"]) == [.text("a[^note]")])
    }

    @Test func images() {
        #expect(parse("![a *b*](c \"d\")") == [.image(Image(source: "c", title: "d", description: [.text("a "), .emphasis([.text("b")])], style: .inline))])
        #expect(parse("![foo]") == [.image(Image(source: "/url", title: "title", description: [.text("foo")], style: .reference))])
    }
}
