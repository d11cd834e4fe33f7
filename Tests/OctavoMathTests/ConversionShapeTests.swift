import OctavoMath
import Testing

/// The `<math>` element's outer shape, the same for every formula.
@Suite struct ConversionShapeTests {
    @Test func wrapsTheFormulaAndKeepsTheTeX() {
        let conversion = TeXToMathML.convert("a<b & c", display: .block)
        #expect(conversion.markup.hasPrefix(
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" alttext=\"a&lt;b &amp; c\"><semantics><mrow>"))
        #expect(conversion.markup.hasSuffix("<annotation encoding=\"application/x-tex\">a&lt;b &amp; c</annotation></semantics></math>"))
    }

    @Test func theAlternativeTextIsTheTeXOnOneLine() {
        let conversion = TeXToMathML.convert("  a \\\\\n\tb  ", display: .block)
        #expect(conversion.markup.contains(" alttext=\"a \\\\ b\">"))
    }
}
