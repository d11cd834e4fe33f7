import OctavoMath
import Testing

/// Malformed TeX gives problems and well-formed MathML, never a crash or a hang.
@Suite struct MalformedTeXTests {
    private func converts(_ tex: String, sourceLocation: SourceLocation = #_sourceLocation) -> MathMLConversion {
        let conversion = TeXToMathML.convert(tex, display: .block)
        #expect(WellFormedXML.check(conversion.markup), "not well-formed for \(tex.prefix(80))", sourceLocation: sourceLocation)
        return conversion
    }

    @Test(arguments: [#"\frac{a"#, "}{", #"\left("#, #"\left( x \right"#, #"\begin{cases} a"#, #"\sqrt["#, "x^", #"\text{a"#, "\\"])
    func unfinishedTeXIsReported(tex: String) {
        #expect(!converts(tex).problems.isEmpty)
    }

    @Test func problemsNameTheCommandAndItsOffset() {
        let problems = converts(#"a + \foo{b}"#).problems
        #expect(problems == [MathProblem(message: "unknown command \\foo", command: "\\foo", offset: 4)])
        let missing = converts(#"\left( x"#).problems
        #expect(missing.map(\.command) == ["\\left"])
        #expect(missing.map(\.offset) == [0])
    }

    @Test func theRestOfTheFormulaStillRenders() {
        let markup = converts(#"\foo + \frac{1}{2}"#).markup
        #expect(markup.contains("<merror><mtext>\\foo</mtext></merror>"))
        #expect(markup.contains("<mfrac><mn>1</mn><mn>2</mn></mfrac>"))
    }

    static let depth = 10_000

    /// Deep nesting of every kind: bounded recursion, one linear pass.
    static let deepFormulas: [String] = [
        String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth),
        String(repeating: "{", count: depth),
        String(repeating: "}", count: depth),
        String(repeating: #"\left("#, count: depth) + "x" + String(repeating: #"\right)"#, count: depth),
        String(repeating: #"\sqrt{"#, count: depth),
        String(repeating: #"\frac{"#, count: depth),
        String(repeating: #"\begin{matrix}"#, count: depth),
        String(repeating: #"\color{red}"#, count: depth),
        String(repeating: #"\text{$"#, count: depth),
        String(repeating: #"\ce{$"#, count: depth / 10),
        String(repeating: "x^{", count: depth),
        String(repeating: "[", count: depth),
        String(repeating: #"\sqrt["#, count: depth),
        String(repeating: #"\hat"#, count: depth) + "x",
        String(repeating: #"\frac"#, count: depth),
        String(repeating: #"\not"#, count: depth),
        String(repeating: #"\textbf"#, count: depth) + "x",
        String(repeating: #"\mathbf"#, count: depth) + "x",
        #"\begin{array}{"# + String(repeating: "*{1000}{", count: 100) + #"c}\end{array}"#,
    ]

    @Test(arguments: 0..<deepFormulas.count)
    func deepNestingIsReportedNotFollowed(index: Int) {
        let tex = MalformedTeXTests.deepFormulas[index]
        let clock = ContinuousClock()
        var conversion: MathMLConversion?
        let elapsed = clock.measure { conversion = converts(tex) }
        #expect(elapsed < .seconds(10))
        if tex.hasPrefix("{{{") && tex.hasSuffix("}}}") {
            #expect(conversion?.problems.map(\.message) == ["formula nested too deeply; the rest of this group is not rendered"])
        }
    }

    @Test func tenThousandNestedBracesGiveOneWarning() {
        let tex = String(repeating: "{", count: 10_000) + "x" + String(repeating: "}", count: 10_000)
        let conversion = converts(tex)
        #expect(conversion.problems.count == 1)
        #expect(conversion.problems.first?.offset == 100)
    }
}
