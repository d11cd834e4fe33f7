import Testing
@testable import OctavoParser

/// Which lines kramdown reads as table rows.
@Suite struct TableSyntaxTests {
    private func isRow(_ line: String) -> Bool { TableSyntax.isKramdownRow(Array(line.utf8)[...]) }

    @Test func anUnescapedPipeAnywhereMakesARow() {
        #expect(isRow("| a | b |"))
        #expect(isRow("a | b"))
        #expect(isRow("a |"))
        #expect(isRow("![a](x.png) | ![b](y.png)"))
        #expect(isRow("{{ page.title | escape }}"))
    }

    @Test func escapedPipesAndPipesInCodeSpansDoNot() {
        #expect(!isRow("a \\| b"))
        #expect(!isRow("a `x|y` b"))
        #expect(!isRow("a ``x`|`y`` b"))
        #expect(!isRow("no pipe"))
        #expect(isRow("a `x|y` | b"))
        #expect(isRow("an unclosed `code | span"))
        #expect(isRow("a ` x | y ` b"))
        #expect(!isRow("a `` x | y `` b"))
    }

    /// Unlike kramdown, which splits the formula: TeX is kept whole, as in table cells.
    @Test func pipesInMathSpansDoNot() {
        #expect(!isRow("before $$a|b$$ after"))
        #expect(isRow("$$a|b$$ | c"))
        #expect(isRow("an unclosed $$a | b"))
    }

    @Test func kramdownCellsKeepCodeSpansWhole() {
        let cells = TableSyntax.cells(Array("| `x|y` | a \\| b |".utf8)[...], keepsCode: true)
        #expect(cells.map { String(decoding: $0, as: UTF8.self) } == ["`x|y`", "a | b"])
    }

    /// A pipe inside a span-level HTML element (up to its end tag, or the end of the
    /// line) makes no table row.
    @Test func aPipeInsideSpanHTMLMakesNoRow() {
        #expect(!TableSyntax.isKramdownRow(Array("<b>|".utf8)[...]))
        #expect(TableSyntax.isKramdownRow(Array("a <b>x</b> | c".utf8)[...]))
        #expect(TableSyntax.isKramdownRow(Array("<br>|".utf8)[...]))
    }
}
