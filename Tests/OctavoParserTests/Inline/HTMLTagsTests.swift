import Testing
import OctavoModel
@testable import OctavoParser

/// Raw HTML in span context as kramdown reads it (`-f jekyll`).
@Suite struct HTMLTagsTests {
    @Test func blockLevelTagsAreTextInAParagraph() {
        #expect(Kramdown.inlines("a <ul><li>q</li></ul> b") == [.text("a <ul><li>q</li></ul> b")])
        #expect(Kramdown.inlines("a <div>x</div>") == [.text("a <div>x</div>")])
    }

    @Test func spanLevelTagsStayRawHTML() {
        #expect(Kramdown.inlines("a <span>x</span>") == [.text("a "), .html("<span>"), .text("x"), .html("</span>")])
        #expect(Kramdown.inlines("a <br> b") == [.text("a "), .html("<br>"), .text(" b")])
    }

    @Test func commonMarkKeepsBlockLevelTagsRaw() {
        let document = MarkdownParser(dialect: .commonmark).parse(Source(path: "x.md", text: "a <div>x</div>"))
        #expect(document.blocks.first?.kind == .paragraph([.text("a "), .html("<div>"), .text("x"), .html("</div>")]))
    }

    @Test func theTagNameDecides() {
        #expect(HTMLTags.isKramdownBlockElement(Array("</TD>".utf8)[...]))
        #expect(HTMLTags.isKramdownBlockElement(Array("<p class=\"x\">".utf8)[...]))
        #expect(!HTMLTags.isKramdownBlockElement(Array("<details>".utf8)[...]))
    }

    /// An end tag is raw HTML only where it closes the innermost open element.
    @Test func aStrayEndTagIsText() {
        #expect(Kramdown.inlines("a </b> c") == [.text("a </b> c")])
        #expect(Kramdown.inlines("<i>x</b></i>") == [.html("<i>"), .text("x</b>"), .html("</i>")])
        #expect(Kramdown.inlines("a<br></br>") == [.text("a"), .html("<br>"), .text("</br>")])
        #expect(Kramdown.html("### </b>\n") == "<h3 id=\"b\">&lt;/b&gt;</h3>\n")
    }

    /// kramdown's tag names take `.`, `_`, `:` and letters of any script.
    @Test func kramdownTagNames() {
        #expect(Kramdown.inlines("s<x.png> t") == [.text("s"), .html("<x.png>"), .text(" t")])
        #expect(Kramdown.inlines("a <中文> b") == [.text("a "), .html("<中文>"), .text(" b")])
        let commonMark = MarkdownParser(dialect: .commonmark).parse(Source(path: "x.md", text: "s<x.png>"))
        #expect(commonMark.blocks.first?.kind == .paragraph([.text("s<x.png>")]))
    }
}
