import Testing
import OctavoModel
@testable import OctavoParser

/// kramdown's `$$` math: TeX survives byte for byte wherever it stands.
@Suite struct MathTests {
    /// TeX that emphasis, escapes, entities or table pipes would mangle if they reached it.
    static let tex = #"p_k = \frac{a|b}{2} \\ *x* \{ \_ &amp; \|y\|"#

    private func blocks(_ text: String) -> [Block] {
        MarkdownParser(dialect: .kramdown).parse(Source(path: "math.md", text: text)).blocks
    }

    @Test func displayMathKeepsItsTeX() {
        #expect(blocks("$$\(Self.tex)$$\n").map(\.kind) == [.math(Self.tex)])
        #expect(blocks("$$\n\(Self.tex)\n$$\n\nafter\n").first?.kind == .math(Self.tex))
    }

    @Test func displayMathMaySpanLinesAndKeepsInnerIndentation() {
        let text = "$$\\begin{aligned}\n  a &= b \\\\\n  c &= d\n\\end{aligned}$$\n"
        #expect(blocks(text).map(\.kind) == [.math("\\begin{aligned}\n  a &= b \\\\\n  c &= d\n\\end{aligned}")])
    }

    @Test func inlineMathKeepsItsTeX() {
        #expect(blocks("Before $$\(Self.tex)$$ after.\n").map(\.kind) == [
            .paragraph([.text("Before "), .math(Self.tex), .text(" after.")]),
        ])
    }

    @Test func mathInTableCellsKeepsPipes() {
        let text = "| a | b |\n|---|---|\n| $$\(Self.tex)$$ | x |\n"
        guard case .table(let table)? = blocks(text).first?.kind else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows == [[[.math(Self.tex)], [.text("x")]]])
    }

    @Test func mathFollowedByTextOnItsLineOrTheNextIsInline() {
        #expect(blocks("$$a$$ and text\n").map(\.kind) == [.paragraph([.math("a"), .text(" and text")])])
        #expect(blocks("$$a$$\ntext\n").map(\.kind) == [.paragraph([.math("a"), .softBreak, .text("text")])])
    }

    @Test func mathCannotInterruptAParagraph() {
        #expect(blocks("text\n$$a$$\n").map(\.kind) == [.paragraph([.text("text"), .softBreak, .math("a")])])
    }

    @Test func unclosedDollarsAreText() {
        #expect(blocks("costs $$5 or $3\n").map(\.kind) == [.paragraph([.text("costs $$5 or $3")])])
        #expect(blocks("$$a\n\nb$$ c\n").map(\.kind) == [.paragraph([.text("$$a")]), .paragraph([.text("b$$ c")])])
    }

    @Test func escapedDollarsAreText() {
        #expect(blocks("Price \\$$a$$\n").map(\.kind) == [.paragraph([.text("Price $$a$$")])])
    }

    @Test func otherDialectsHaveNoMath() {
        let document = MarkdownParser(dialect: .gfm).parse(Source(path: "math.md", text: "$$a_b$$\n"))
        #expect(document.blocks.map(\.kind) == [.paragraph([.text("$$a_b$$")])])
    }

    @Test func attributeListAfterMathApplies() {
        let parsed = blocks("$$a$$\n{: #eq .wide}\n")
        #expect(parsed.map(\.kind) == [.math("a")])
        #expect(parsed.first?.attributes == Attributes(id: "eq", classes: ["wide"]))
    }
}
