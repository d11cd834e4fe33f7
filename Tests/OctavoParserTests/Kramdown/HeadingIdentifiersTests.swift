import Testing
import OctavoModel
@testable import OctavoParser

/// Heading identifiers as kramdown's GFM parser makes them.
@Suite struct HeadingIdentifiersTests {
    private func id(_ text: String) -> String? { Kramdown.blocks(text).first?.attributes.id }

    @Test func codeAndMathKeepTypographicSymbolsTextDropsThem() {
        #expect(id("## `--` a -- b\n") == "---a--b")
        #expect(id("## $$x--y$$ z\n") == "x--y-z")
        #expect(id("## a *--* b\n") == "a--b")
    }

    @Test func imagesAddNothingLinksTheirText() {
        #expect(id("## ![t](x) b\n") == "-b")
        #expect(id("## [l](u) -- c\n") == "l--c")
    }

    @Test func anAttributeListIdentifierWinsOverAnExplicitOne() {
        #expect(id("## T {#x}\n{: #y}\n") == "y")
        #expect(id("## T {#x}\n") == "x")
    }
}
