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
}
