import Testing
import OctavoModel
@testable import OctavoParser

/// kramdown block attribute lists, definitions, `{:toc}` and heading ids.
@Suite struct AttributeListTests {
    private func blocks(_ text: String) -> [Block] {
        MarkdownParser(dialect: .kramdown).parse(Source(path: "ial.md", text: text)).blocks
    }

    @Test func parsesIdentifiersClassesPairsAndReferences() {
        let list = AttributeList(parsing: Array(#" #main .a .b key="v \"q\"" other='x' toc "#.utf8)[...])
        #expect(list.attributes == Attributes(id: "main", classes: ["a", "b"], pairs: [
            KeyValue(key: "key", value: "v \"q\""), KeyValue(key: "other", value: "x"),
        ]))
        #expect(list.references == ["toc"])
    }

    @Test func appliesToTheBlockBeforeOrAfter() {
        let after = blocks("A paragraph.\n{: .note}\n")
        #expect(after.first?.attributes.classes == ["note"])
        let before = blocks("{: #first}\nA paragraph.\n")
        #expect(before.count == 1)
        #expect(before.first?.attributes.id == "first")
    }

    @Test func definitionsAreResolvedByName() {
        let parsed = blocks("{:wide: .wide style=\"x\"}\n\nText\n{: wide #t}\n")
        #expect(parsed.count == 1)
        #expect(parsed.first?.attributes == Attributes(id: "t", classes: ["wide"], pairs: [KeyValue(key: "style", value: "x")]))
    }

    @Test func tocListBecomesTableOfContents() {
        let parsed = blocks("* toc\n{:toc}\n\n# One\n\n## Two\n")
        #expect(parsed.map(\.kind.isTableOfContents) == [true, false, false])
    }

    @Test func headingsGetKramdownIdentifiers() {
        let ids = blocks("# 深度学习 Intro\n\n## with `code`\n\n## with `code`\n\n### test {#myid}\n\n### ;.;;\n\n### ;;\n\n# 编译模块--Hello World\n")
            .map(\.attributes.id)
        #expect(ids == ["深度学习-intro", "with-code", "with-code-1", "myid", nil, "-1", "编译模块hello-world"])
    }

    @Test func liquidStaysLiteralText() {
        let parsed = blocks("{% include note.html %}\n\n{{ page.title }} and {% raw %}x{% endraw %}\n")
        #expect(parsed.map(\.kind) == [
            .paragraph([.text("{% include note.html %}")]),
            .paragraph([.text("{{ page.title }} and {% raw %}x{% endraw %}")]),
        ])
    }
}

private extension BlockKind {
    var isTableOfContents: Bool {
        if case .tableOfContents = self { return true }
        return false
    }
}
