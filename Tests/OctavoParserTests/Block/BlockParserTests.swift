import Testing
import OctavoModel
import OctavoParser

/// The block tree itself: kinds, source ranges and the facts writers rely on.
@Suite struct BlockParserTests {
    private func blocks(_ text: String, dialect: MarkdownDialect = .gfm) -> [Block] {
        MarkdownParser(dialect: dialect).parse(Source(path: "test.md", text: text)).blocks
    }

    private func position(_ line: Int, _ column: Int) -> SourcePosition {
        SourcePosition(line: line, column: column)
    }

    @Test func rangesCoverEachBlock() {
        let parsed = blocks("# Title\n\nSome text\nover two lines\n\n  > quoted\n")
        #expect(parsed.map(\.range.start) == [position(1, 1), position(3, 1), position(6, 3)])
        #expect(parsed.map(\.range.end.line) == [1, 4, 6])
        #expect(parsed[1].range.end.column == 14)
    }

    @Test func headingStylesAndLevels() {
        let parsed = blocks("Title\n=====\n\nSub\n---\n\n### Three ###\n")
        let headings: [(Int, HeadingStyle)] = parsed.compactMap {
            if case .heading(let heading) = $0.kind { return (heading.level, heading.style) }
            return nil
        }
        #expect(headings.map(\.0) == [1, 2, 3])
        #expect(headings.map(\.1) == [.setext, .setext, .atx])
    }

    @Test func listTightnessAndMarkers() {
        let parsed = blocks("- a\n- b\n\n3) x\n\n4) y\n")
        guard case .list(let bullets) = parsed[0].kind, case .list(let ordered) = parsed[1].kind else {
            Issue.record("expected two lists, got \(parsed)")
            return
        }
        #expect(bullets.isTight)
        #expect(bullets.marker == .bullet("-"))
        #expect(!ordered.isTight)
        #expect(ordered.marker == .ordered(start: 3, delimiter: .parenthesis))
        #expect(ordered.items.map(\.range.start.line) == [4, 6])
    }

    @Test func taskItemsOnlyInGFM() {
        let text = "- [ ] open\n- [x] done\n- [y] plain\n"
        guard case .list(let list) = blocks(text).first?.kind else {
            Issue.record("expected a list")
            return
        }
        #expect(list.items.map(\.task) == [.unchecked, .checked, nil])
        #expect(list.items[0].blocks.first?.kind == .paragraph([.text("open")]))
        guard case .list(let plain) = blocks(text, dialect: .commonmark).first?.kind else {
            Issue.record("expected a list")
            return
        }
        #expect(plain.items.allSatisfy { $0.task == nil })
    }

    @Test func tableColumnsAndCells() {
        let parsed = blocks("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 \\| 3 |\n")
        guard case .table(let table) = parsed.first?.kind else {
            Issue.record("expected a table, got \(parsed)")
            return
        }
        #expect(table.alignments == [.left, .center, .right])
        #expect(table.header == [[.text("a")], [.text("b")], [.text("c")]])
        #expect(table.rows == [[[.text("1")], [.text("2 | 3")], []]])
        #expect(blocks("| a |\n|---|\n", dialect: .commonmark).first.map { if case .table = $0.kind { true } else { false } } == false)
    }

    @Test func codeBlocksKeepTheirTextAndInfo() {
        let parsed = blocks("```swift  title\nlet x = 1\n```\n\n    indented\n\n\n")
        #expect(parsed.map(\.kind) == [
            .codeBlock(CodeBlock(style: .fenced, info: "swift  title", text: "let x = 1\n")),
            .codeBlock(CodeBlock(style: .indented, info: "", text: "indented\n")),
        ])
        if case .codeBlock(let code) = parsed[0].kind { #expect(code.language == "swift") }
        #expect(parsed[1].range.end.line == 5)
    }

    @Test func footnoteDefinitionsStayInPlaceWithNormalisedLabels() {
        let parsed = blocks("Text[^Note].\n\n[^NOTE]: The note.\n")
        #expect(parsed.count == 2)
        #expect(parsed[0].kind == .paragraph([.text("Text"), .footnoteReference("note"), .text(".")]))
        guard case .footnoteDefinition(let note) = parsed[1].kind else {
            Issue.record("expected a footnote definition")
            return
        }
        #expect(note.label == "note")
        #expect(note.blocks.map(\.kind) == [.paragraph([.text("The note.")])])
    }

    @Test func htmlBlocksAreVerbatim() {
        #expect(blocks("<div>\n*a*\n</div>\n\nafter\n").first?.kind == .html("<div>\n*a*\n</div>\n"))
    }

    @Test func lineEndingsOfEveryKindSplitLines() {
        #expect(blocks("a\r\n\r\nb\rc\n").map(\.kind) == [.paragraph([.text("a")]), .paragraph([.text("b"), .softBreak, .text("c")])])
    }
}

@Suite struct ParseFromOffsetTests {
    @Test func positionsCountFromTheStartOfTheFile() {
        let text = "---\ntitle: x\n---\n# Heading\n\nText\n"
        let offset = Array(text.utf8).count - Array("# Heading\n\nText\n".utf8).count
        let document = MarkdownParser().parse(Source(path: "post.md", text: text), from: offset)
        #expect(document.blocks.map(\.range.start.line) == [4, 6])
        #expect(document.blocks.map(\.range.end) == [SourcePosition(line: 4, column: 9), SourcePosition(line: 6, column: 4)])
    }
}
