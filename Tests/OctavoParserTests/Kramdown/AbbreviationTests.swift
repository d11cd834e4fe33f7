import OctavoModel
import OctavoParser
import Testing

/// kramdown abbreviations: definitions anywhere, whole-word occurrences in text only.
@Suite struct AbbreviationTests {
    @Test func definitionsAreRemovedAndOccurrencesMarked() {
        let blocks = Kramdown.blocks("The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n")
        #expect(blocks.map(\.kind) == [.paragraph([
            .text("The "), .abbreviation(Abbreviation(text: "HTML", title: "Hyper Text Markup Language")), .text(" spec."),
        ])])
    }

    @Test func wholeWordsOnlyLongestFirstLaterDefinitionWins() {
        let inlines = Kramdown.inlines("CSS und CSS3, not CSSX or xCSS\n\n*[CSS]: one\n*[CSS3]: three\n*[CSS]: Cascading\n")
        #expect(inlines == [
            .abbreviation(Abbreviation(text: "CSS", title: "Cascading")), .text(" und "),
            .abbreviation(Abbreviation(text: "CSS3", title: "three")), .text(", not CSSX or xCSS"),
        ])
    }

    @Test func notInCodeMathURLsOrRawHTML() {
        let inlines = Kramdown.inlines("`API` $$API$$ <b title=\"API\">x</b> [API](https://x.org/API)\n\n*[API]: interface\n")
        #expect(inlines == [
            .code("API"), .text(" "), .math("API"), .text(" "), .html("<b title=\"API\">"), .text("x"), .html("</b>"), .text(" "),
            .link(Link(destination: "https://x.org/API", content: [.abbreviation(Abbreviation(text: "API", title: "interface"))], style: .inline)),
        ])
    }

    @Test func definitionDoesNotInterruptAParagraph() {
        #expect(Kramdown.inlines("text\n*[HTML]: x\n") == [.text("text"), .softBreak, .text("*[HTML]: x")])
    }

    @Test func rendersAbbr() {
        #expect(Kramdown.html("OtHeR! and empty\n\n*[OtHeR!]: This & that\n*[empty]:\n")
            == "<p><abbr title=\"This &amp; that\">OtHeR!</abbr> and <abbr>empty</abbr></p>\n")
    }
}
