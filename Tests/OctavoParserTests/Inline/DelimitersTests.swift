import Testing
import OctavoModel
@testable import OctavoParser

/// Emphasis delimiters as kramdown reads them (`-f jekyll`): whitespace decides, not punctuation.
@Suite struct DelimitersTests {
    @Test func emphasisClosesAfterCJKPunctuation() {
        #expect(Kramdown.inlines("**值方法。**显式") == [.strong([.text("值方法。")]), .text("显式")])
        #expect(Kramdown.inlines("*值方法，*显式") == [.emphasis([.text("值方法，")]), .text("显式")])
        #expect(Kramdown.inlines("x**(a)**y") == [.text("x"), .strong([.text("(a)")]), .text("y")])
    }

    @Test func whitespaceBesideADelimiterKeepsItText() {
        #expect(Kramdown.inlines("**a **b") == [.text("**a **b")])
        #expect(Kramdown.inlines("** a**") == [.text("** a**")])
    }

    @Test func underscoresNeverEmphasiseInsideAWord() {
        #expect(Kramdown.inlines("a_b_c") == [.text("a_b_c")])
        #expect(Kramdown.inlines("值_方法_显式") == [.text("值_方法_显式")])
        #expect(Kramdown.inlines("__a__b") == [.text("__a__b")])
        #expect(Kramdown.inlines("a __b__") == [.text("a "), .strong([.text("b")])])
    }

    @Test func commonMarkKeepsItsFlankingRules() {
        let document = MarkdownParser(dialect: .commonmark).parse(Source(path: "x.md", text: "**值方法。**显式"))
        #expect(document.blocks.first?.kind == .paragraph([.text("**值方法。**显式")]))
    }
}
