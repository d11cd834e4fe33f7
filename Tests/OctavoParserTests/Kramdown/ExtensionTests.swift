import OctavoModel
import OctavoParser
import Testing

/// kramdown's `{::comment}` and `{::nomarkdown}` extensions, block and span level.
@Suite struct ExtensionTests {
    @Test func blockCommentBecomesAnHTMLComment() {
        let blocks = Kramdown.blocks("a\n\n{::comment}\nnot {:/} *text*\n{:/comment}\n\nb\n")
        #expect(blocks.map(\.kind) == [.paragraph([.text("a")]), .html("<!-- not {:/} *text* -->\n"), .paragraph([.text("b")])])
    }

    @Test func blockNomarkdownIsRawHTML() {
        let blocks = Kramdown.blocks("{::nomarkdown}\n<em>*raw*</em>\n{:/}\n{::nomarkdown type=\"latex\"}\n\\LaTeX\n{:/}\n")
        #expect(blocks.map(\.kind) == [.html("<em>*raw*</em>\n")])
    }

    @Test func selfClosingAndUnclosedTags() {
        #expect(Kramdown.blocks("{::comment /}\n").isEmpty)
        #expect(Kramdown.blocks("{::comment}\nAnother paragraph\n").map(\.kind)
            == [.paragraph([.text("{::comment}"), .softBreak, .text("Another paragraph")])])
    }

    @Test func spanExtensions() {
        #expect(Kramdown.inlines("a {::comment}b{:/comment} c {::nomarkdown}*d*{:/} e{::comment/}.\n")
            == [.text("a "), .html("<!-- b -->"), .text(" c "), .html("*d*"), .text(" e.")])
        #expect(Kramdown.inlines("a {:/comment} b {::comment} c\n") == [.text("a {:/comment} b {::comment} c")])
    }

    @Test func otherDialectsKeepTheText() {
        let document = MarkdownParser(dialect: .gfm).parse(Source(path: "t.md", text: "a {::comment}b{:/comment}\n"))
        #expect(document.blocks.map(\.kind) == [.paragraph([.text("a {::comment}b{:/comment}")])])
    }
}
