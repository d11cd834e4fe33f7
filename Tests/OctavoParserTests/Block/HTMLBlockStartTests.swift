import Testing
@testable import OctavoParser

/// Where kramdown's raw HTML blocks end.
@Suite struct HTMLBlockStartTests {
    private func nesting(_ name: String, _ line: String) -> Int {
        HTMLBlockStart.nestingChange(of: Array(name.utf8), in: Array(line.utf8)[...])
    }

    @Test func startAndEndTagsNest() {
        #expect(nesting("div", "<div class=\"x\"><div>") == 2)
        #expect(nesting("div", "</div></div>") == -2)
        #expect(nesting("div", "<div/>") == 0)
    }

    @Test func voidElementsNeverOpen() {
        #expect(nesting("hr", "<hr style=\"color: red\">") == 0)
        #expect(nesting("link", "<link rel=\"x\">") == 0)
    }

    /// A void element opening an HTML block ends it on its line instead of swallowing the post.
    @Test func aVoidElementEndsItsBlock() {
        let html = Kramdown.html("<hr style=\"color: red\">\n\n# h\n\npara\n")
        #expect(Kramdown.structure(html).filter { !$0.hasPrefix("/") } == ["hr", "h1", "p"])
        #expect(Kramdown.structure(Kramdown.html("<hr>\ntext\n")).filter { !$0.hasPrefix("/") } == ["hr", "p"])
        #expect(Kramdown.structure(Kramdown.html("<hr>\n|a|\n")).filter { !$0.hasPrefix("/") } == ["hr", "table", "tbody", "tr", "td"])
        #expect(Kramdown.structure(Kramdown.html("<br>\n\ntext\n")).filter { !$0.hasPrefix("/") } == ["p", "br", "p"])
        #expect(Kramdown.structure(Kramdown.html("<input type=\"checkbox\" checked>\ntext\n")).filter { !$0.hasPrefix("/") } == ["p", "input"])
    }

    @Test func anEndTagNeverStartsAKramdownHTMLBlock() {
        let line = Array("</div>".utf8)[...]
        #expect(HTMLBlockStart.kind(line, at: 0, allowsOtherTags: true, kramdown: true) == nil)
        #expect(HTMLBlockStart.kind(line, at: 0, allowsOtherTags: true) == .blockTag)
    }

    /// kramdown reads the content of an element with `markdown="1"` as Markdown.
    @Test func anElementWithMarkdownContent() {
        #expect(Kramdown.html("<div markdown=\"1\">\n\ntext *e*\n\n</div>\n\nafter\n")
            == "<div>\n<p>text <em>e</em></p>\n</div>\n<p>after</p>\n")
        let nested = Kramdown.html("<div class=\"x\" markdown=\"1\">\n<section markdown=\"block\">\n# h\n</section>\n</div>\nafter\n")
        #expect(Kramdown.structure(nested) == ["div.x", "section", "h1", "/h1", "/section", "/div", "p", "/p"])
        let line = Array("<div id=\"a\" markdown=\"1\">".utf8)[...]
        #expect(HTMLBlockStart.markdownElement(line, at: 0).map { String(decoding: $0.tag, as: UTF8.self) } == "<div id=\"a\">")
        #expect(HTMLBlockStart.markdownElement(Array("<div>".utf8)[...], at: 0) == nil)
    }
}
