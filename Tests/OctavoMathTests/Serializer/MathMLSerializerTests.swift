import OctavoMath
import OctavoModel
import Testing

/// MathML escapes TeX as every XML output does.
@Suite struct MathMLSerializerTests {
    @Test func texInTheAnnotationAndAltTextIsEscaped() {
        let markup = TeXToMathML.convert("a < b & \\text{\"c\"}", display: .inline).markup
        #expect(markup.contains("alttext=\"a &lt; b &amp; \\text{&quot;c&quot;}\""))
        #expect(markup.contains("<annotation encoding=\"application/x-tex\">a &lt; b &amp; \\text{&quot;c&quot;}</annotation>"))
    }

    @Test func charactersXMLCannotHoldAreLeftOut() {
        let markup = TeXToMathML.convert("x\u{1} + \\text{y\u{FFFE}}\u{FFFF}\u{0}", display: .block).markup
        #expect(markup.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
        #expect(markup.contains("<annotation encoding=\"application/x-tex\">x + \\text{y}</annotation>"))
        #expect(WellFormedXML.check(markup))
    }
}
