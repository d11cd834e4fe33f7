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

    /// Right after a link or abbreviation definition a list applies to nothing; after an
    /// attribute list definition it waits for the next block.
    @Test func aListAfterADefinitionSkipsTheBlockBefore() {
        #expect(Kramdown.html("### t\n*[W]: x\n{:#d}\n\npara\n") == "<h3 id=\"t\">t</h3>\n<p>para</p>\n")
        #expect(Kramdown.html("### t\n[a]: b\n{:#d}\npara\n") == "<h3 id=\"t\">t</h3>\n<p>para</p>\n")
        #expect(Kramdown.html("### t\n{:a: .c}\n{:#d}\npara\n") == "<h3 id=\"t\">t</h3>\n<p id=\"d\">para</p>\n")
    }

    /// A list waiting for the next block waits over blank lines only if one came before it.
    @Test func aBlankLineDropsAListThatFollowedNoBlankLine() {
        #expect(Kramdown.html("{:#i}\n\na\n") == "<p>a</p>\n")
        #expect(Kramdown.html("x\n\n{:#i}\n\na\n") == "<p>x</p>\n<p id=\"i\">a</p>\n")
    }

    /// An attribute list definition ends the paragraph before it and keeps table rows a table.
    @Test func aDefinitionEndsTheParagraphBeforeIt() {
        #expect(Kramdown.html("4\n{:a: .b}\n!\n") == "<p>4</p>\n<p>!</p>\n")
        #expect(Kramdown.html("a|b\n{:a: .b}\n").hasPrefix("<table>"))
    }

    @Test func emptyListsAndEndTagsAreText() {
        #expect(AttributeListLine.parse(Array("{:}".utf8)[...]) == nil)
        #expect(AttributeListLine.parse(Array("{:/}".utf8)[...]) == nil)
        #expect(AttributeListLine.parse(Array("{:}}".utf8)[...]) == nil)
        #expect(AttributeListLine.parse(Array("{: title=\"\\}\"}".utf8)[...]) != nil)
        #expect(AttributeListLine.parse(Array("{:2:}".utf8)[...]) == .list(AttributeList(parsing: Array("2:".utf8)[...])))
        #expect(Kramdown.html("{:}\n2. a\n") == "<p>{:}</p>\n<ol start=\"2\">\n<li>a</li>\n</ol>\n")
    }
}

private extension BlockKind {
    var isTableOfContents: Bool {
        if case .tableOfContents = self { return true }
        return false
    }
}
