import OctavoModel
import OctavoParser
import Testing

/// kramdown span attribute lists `{:...}` right after an element, and Liquid left alone.
@Suite struct SpanAttributeTests {
    @Test func linksAndImagesKeepAttributesInTheirOwnField() {
        let inlines = Kramdown.inlines("[l](u){:target=\"_blank\"} ![i](s){: .full width=\"50%\"}\n")
        #expect(inlines == [
            .link(Link(destination: "u", content: [.text("l")], style: .inline,
                       attributes: Attributes(pairs: [KeyValue(key: "target", value: "_blank")]))),
            .text(" "),
            .image(Image(source: "s", description: [.text("i")], style: .inline,
                         attributes: Attributes(classes: ["full"], pairs: [KeyValue(key: "width", value: "50%")]))),
        ])
    }

    @Test func otherElementsAreWrappedAndListsChain() {
        let inlines = Kramdown.inlines("*em*{:.c} `code`{: .hund #dog}{: .katz}\n")
        #expect(inlines == [
            .attributed(AttributedInline(attributes: Attributes(classes: ["c"]), inline: .emphasis([.text("em")]))),
            .text(" "),
            .attributed(AttributedInline(attributes: Attributes(id: "dog", classes: ["hund", "katz"]), inline: .code("code"))),
        ])
    }

    @Test func afterTextOrEscapedTheListStaysText() {
        #expect(Kramdown.inlines("an{: .ignored} and \\{: .escaped}\n") == [.text("an{: .ignored} and {: .escaped}")])
    }

    @Test func liquidStaysLiteralText() {
        let text = "{% include x.html %} and {{ page.title }}\n{% raw %}{:/}{% endraw %}"
        let blocks = Kramdown.blocks(text + "\n")
        #expect(blocks.map(\.kind) == [.paragraph([
            .text("{% include x.html %} and {{ page.title }}"), .softBreak, .text("{% raw %}{:/}{% endraw %}"),
        ])])
        #expect(blocks.map(\.attributes.isEmpty) == [true])
        #expect(Kramdown.blocks("{% include x.html %}\n").map(\.kind) == [.paragraph([.text("{% include x.html %}")])])
    }

    @Test func rendersAttributesOnTheElement() {
        #expect(Kramdown.html("*em*{:.c} [l](u){:target=\"_blank\"} **s**{:#x} $$x$$ {:.m}\n")
            == "<p><em class=\"c\">em</em> <a href=\"u\" target=\"_blank\">l</a> <strong id=\"x\">s</strong> "
            + "<span class=\"math inline\">\\(x\\)</span> {:.m}</p>\n")
    }
}
