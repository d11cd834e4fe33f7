import OctavoModel
import OctavoWriters
import Testing

/// How the HTML writer renders the kramdown node kinds.
@Suite struct KramdownHTMLTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    private func html(_ blocks: [Block]) -> String {
        String(decoding: HTMLWriter(options: WriterOptions()).render(Document(metadata: Metadata(), blocks: blocks)), as: UTF8.self)
    }

    @Test func definitionListTightAndLoose() {
        let list = DefinitionList(items: [
            DefinitionItem(terms: [DefinitionTerm(content: [.text("a")], attributes: Attributes(classes: ["t"]))], definitions: [
                Definition(blocks: [Block(.paragraph([.text("tight")]), range: range),
                                    Block(.paragraph([.text("more")]), range: range)], isTight: true, range: range),
                Definition(blocks: [Block(.paragraph([.text("loose")]), range: range)], isTight: false,
                           attributes: Attributes(id: "d"), range: range),
                Definition(blocks: [], isTight: true, range: range),
            ]),
        ])
        #expect(html([Block(.definitionList(list), range: range, attributes: Attributes(classes: ["dl"]))]) == """
            <dl class="dl">
            <dt class="t">a</dt>
            <dd>tight
            <p>more</p>
            </dd>
            <dd id="d">
            <p>loose</p>
            </dd>
            <dd></dd>
            </dl>

            """)
    }

    @Test func abbreviationsAndAttributedInlines() {
        let content: [Inline] = [
            .abbreviation(Abbreviation(text: "HTML", title: "Hyper \"Text\"")),
            .attributed(AttributedInline(attributes: Attributes(classes: ["x"]), inline: .text("plain"))),
            .attributed(AttributedInline(attributes: Attributes(id: "c"), inline: .code("a<b"))),
            .link(Link(destination: "u", content: [.text("l")], style: .inline, attributes: Attributes(pairs: [KeyValue(key: "rel", value: "me")]))),
        ]
        #expect(html([Block(.paragraph(content), range: range)])
            == "<p><abbr title=\"Hyper &quot;Text&quot;\">HTML</abbr><span class=\"x\">plain</span><code id=\"c\">a&lt;b</code>"
            + "<a href=\"u\" rel=\"me\">l</a></p>\n")
    }
}
