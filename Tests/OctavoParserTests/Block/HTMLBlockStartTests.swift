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
        #expect(HTMLBlockStart.kramdownBlockElement(line, at: 0) == nil)
        #expect(HTMLBlockStart.kind(line, at: 0, allowsOtherTags: true) == .blockTag)
    }

    /// kramdown's element names take `.`, `_` and `:`; an unfinished tag starts no block.
    @Test func kramdownBlockElements() {
        func element(_ line: String) -> String? {
            HTMLBlockStart.kramdownBlockElement(Array(line.utf8)[...], at: 0).map { String(decoding: $0.name, as: UTF8.self) + ($0.closed ? "/" : "") }
        }
        #expect(element("<x.png>") == "x.png")
        #expect(element("<Foo a=\"1\">text") == "foo")
        #expect(element("<wbr>") == "wbr/")
        #expect(element("<g/>") == "g/")
        #expect(element("<div") == nil)
        #expect(element("<span>") == nil)
        #expect(element("<!-- c -->") == nil)
    }

    /// A tag name that is not span-level ends lazy lines, written whole or not.
    @Test func kramdownTagsThatEndLazyLines() {
        func ends(_ line: String) -> Bool { HTMLBlockStart.kramdownEndsParagraph(Array(line.utf8)[...], at: 0) }
        #expect(ends("<h"))
        #expect(ends("<x.png>"))
        #expect(ends("</div>"))
        #expect(ends("<B>"))
        #expect(!ends("<b>"))
        #expect(!ends("<a.b"))
        #expect(!ends("</div"))
        #expect(!ends("<!-- c -->"))
    }

    /// An unknown element at a block start is raw HTML up to its end tag; an unfinished
    /// tag, a comment never closed and an indented comment are text.
    @Test func kramdownHTMLBlocks() {
        func blocks(_ text: String) -> [String] { Kramdown.structure(Kramdown.html(text)).filter { !$0.hasPrefix("/") } }
        #expect(blocks("<x.png>\n\npara\n\n# h\n") == ["x"])
        #expect(blocks("a\n<g>\n2. b\n") == ["p", "g"])
        #expect(blocks("<div\n\nx\n") == ["p", "p"])
        #expect(blocks("<!-->\n> q\n") == ["p", "blockquote", "p"])
        #expect(blocks(" <!-- c -->\n") == ["p"])
        #expect(Kramdown.html("a\n<!-- b -->\nc\n") == "<p>a\n<!-- b -->\nc</p>\n")
        #expect(blocks("> q\n<h\n") == ["blockquote", "p", "p"])
    }

    /// A comment ends at its first `-->`; text after it on that line starts a paragraph.
    @Test func textAfterAKramdownCommentIsAParagraph() {
        #expect(Kramdown.html("<!-- a\nb --> c\nd\n") == "<!-- a\nb -->\n<p>c\nd</p>\n")
        #expect(Kramdown.html("<!-- x -->\npara\n") == "<!-- x -->\n<p>para</p>\n")
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
