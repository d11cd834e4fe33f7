import OctavoMath
import Testing

/// Random and cut-off input never traps and always gives well-formed MathML.
@Suite struct FuzzTests {
    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "{", "}", "\\", "^", "_", "&", "#", "$", "%", "\n", " ", "'", "[", "]", "(", ")", "|", "x", "1", ".",
        #"\frac"#, #"\left"#, #"\right"#, #"\middle"#, #"\begin{matrix}"#, #"\end{matrix}"#, #"\begin{array}{c|c}"#,
        #"\end{array}"#, #"\begin{align}"#, #"\end{align}"#, #"\\"#, #"\sqrt"#, #"\text{"#, #"\ce{"#, #"\over"#,
        #"\tag{1}"#, #"\color{red}"#, #"\hat"#, #"\overbrace"#, #"\sum"#, #"\limits"#, #"\mathbf"#, #"\operatorname*"#,
        #"\hline"#, #"\not"#, #"\big"#, "->", "<=>", "中", "\u{0}", "\u{1}", "\u{FFFE}", "é", #"\foo"#, "*{3}{c}",
    ]

    @Test func randomTokenSoupConvertsToWellFormedMarkup() {
        var generator = Generator(state: 2026)
        for _ in 0..<3000 {
            var tex = ""
            for _ in 0..<generator.next(40) { tex += FuzzTests.pieces[generator.next(FuzzTests.pieces.count)] }
            let markup = TeXToMathML.convert(tex, display: generator.next(2) == 0 ? .block : .inline).markup
            #expect(WellFormedXML.check(markup), "not well-formed for \(tex.debugDescription)")
        }
    }

    @Test func randomScalarsConvertToWellFormedMarkup() {
        var generator = Generator(state: 7)
        for _ in 0..<2000 {
            var tex = ""
            for _ in 0..<generator.next(30) {
                let value = generator.next(4) == 0 ? generator.next(0x30000) : generator.next(0x80)
                tex.unicodeScalars.append(Unicode.Scalar(UInt32(value)) ?? "?")
            }
            let markup = TeXToMathML.convert(tex, display: .block).markup
            #expect(WellFormedXML.check(markup), "not well-formed for \(tex.debugDescription)")
        }
    }

    @Test func everyPrefixOfTheGoldenFormulasConverts() throws {
        let formulas = try GoldenCases.allInputs()
        #expect(formulas.count > 50)
        for formula in formulas {
            for length in 0..<formula.unicodeScalars.count {
                let prefix = String(String.UnicodeScalarView(formula.unicodeScalars.prefix(length)))
                #expect(WellFormedXML.check(TeXToMathML.convert(prefix, display: .block).markup), "not well-formed for \(prefix)")
            }
        }
    }

    @Test func everyGoldenMarkupIsWellFormed() throws {
        for markup in try GoldenCases.allMarkup() {
            #expect(WellFormedXML.check(markup), "\(markup)")
        }
    }
}
