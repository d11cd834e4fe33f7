import OctavoModel
import OctavoParser
import Testing

/// kramdown definition lists: terms, `: definitions`, paragraph wrapping and attribute lists.
@Suite struct DefinitionListTests {
    private func list(_ text: String) -> DefinitionList? {
        guard case .definitionList(let list)? = Kramdown.blocks(text).first?.kind else { return nil }
        return list
    }

    @Test func termsAndDefinitionsGroupIntoItems() throws {
        let parsed = try #require(list("kram\n*down*\n: one\n: two\n\nnovalue\n: \n"))
        #expect(parsed.items.count == 2)
        #expect(parsed.items[0].terms.map(\.content) == [[.text("kram")], [.emphasis([.text("down")])]])
        #expect(parsed.items[0].definitions.map(\.blocks.count) == [1, 1])
        #expect(parsed.items[0].definitions.map(\.isTight) == [true, true])
        #expect(parsed.items[1].terms.map(\.content) == [[.text("novalue")]])
        #expect(parsed.items[1].definitions.map(\.blocks) == [[]])
    }

    @Test func blankLineBeforeColonMakesDefinitionLoose() throws {
        let parsed = try #require(list("term\n\n: first\n: second\n\n: third\n"))
        #expect(parsed.items[0].definitions.map(\.isTight) == [false, true, false])
        #expect(Kramdown.html("term\n\n: first\n: second\n") == "<dl>\n<dt>term</dt>\n<dd>\n<p>first</p>\n</dd>\n<dd>second</dd>\n</dl>\n")
    }

    @Test func definitionsHoldBlocksAndLazyLines() throws {
        let parsed = try #require(list("kram\n: para\n  lazy\n\n  second\n\n      code\n: > quote\n"))
        let first = parsed.items[0].definitions[0]
        #expect(first.blocks.map(\.kind) == [
            .paragraph([.text("para"), .softBreak, .text("lazy")]), .paragraph([.text("second")]),
            .codeBlock(CodeBlock(style: .indented, info: "", text: "code\n")),
        ])
        #expect(first.range.start == SourcePosition(line: 2, column: 1))
        #expect(first.range.end.line == 7)
        guard case .blockQuote? = parsed.items[0].definitions[1].blocks.first?.kind else {
            Issue.record("expected a block quote in the second definition")
            return
        }
    }

    @Test func notADefinitionList() {
        for text in ["para\n\n\n: no definition\n", ": no definition\n", "para\n\\: not a definition\n", "para\n:no space\n"] {
            #expect(Kramdown.blocks(text).allSatisfy {
                if case .paragraph = $0.kind { return true }
                return false
            }, "\(text)")
        }
    }

    @Test func attributeListsOnListTermsAndDefinitions() throws {
        let blocks = Kramdown.blocks("{:.dl-horizontal}\n{:.t} item\n:   {:.d} definition\n{:.other}\n")
        #expect(blocks.first?.attributes.classes == ["dl-horizontal", "other"])
        let parsed = try #require(list("{:.t} item\n:   {:.d} definition\n"))
        #expect(parsed.items[0].terms[0].attributes.classes == ["t"])
        #expect(parsed.items[0].terms[0].content == [.text("item")])
        #expect(parsed.items[0].definitions[0].attributes.classes == ["d"])
    }

    @Test func otherDialectsHaveNoDefinitionLists() {
        let document = MarkdownParser(dialect: .gfm).parse(Source(path: "t.md", text: "term\n: definition\n"))
        #expect(document.blocks.map(\.kind) == [.paragraph([.text("term"), .softBreak, .text(": definition")])])
    }
}
