import OctavoModel
@testable import OctavoParser
import Testing

/// Splitting templates into text, outputs and tags: `-` whitespace control, raw and comment. Every expected text here is what `jekyll build` (Jekyll 4.3.1, Liquid 5.4)
/// writes for the same template in a page of the same site (`LiquidTestSite`).
@Suite struct LiquidLexerTests {
    @Test func trimOutput() throws {
        let (text, warnings) = try LiquidTestSite().render("a {{- 'x' -}} b")
        #expect(text == "axb")
        #expect(warnings.isEmpty)
    }

    @Test func trimTag() throws {
        let (text, warnings) = try LiquidTestSite().render("a\n  {%- assign y = 1 -%}\n  b{{ y }}")
        #expect(text == "ab1")
        #expect(warnings.isEmpty)
    }

    @Test func keepWhitespace() throws {
        let (text, warnings) = try LiquidTestSite().render("a {{ 'x' }} b")
        #expect(text == "a x b")
        #expect(warnings.isEmpty)
    }

    @Test func raw() throws {
        let (text, warnings) = try LiquidTestSite().render("{% raw %}{{ x }}{% if %}{% endraw %}")
        #expect(text == "{{ x }}{% if %}")
        #expect(warnings.isEmpty)
    }

    @Test func comment() throws {
        let (text, warnings) = try LiquidTestSite().render("a{% comment %}x{{ y }}{% endcomment %}b")
        #expect(text == "ab")
        #expect(warnings.isEmpty)
    }
}
