@testable import OctavoMath
import Testing

/// Every command of every symbol table converts without a problem, to the character the table gives.
@Suite struct SymbolTableTests {
    static let tables: [(name: String, commands: [String: String])] = [
        ("Greek lowercase", GreekLetters.lowercase), ("Greek uppercase", GreekLetters.uppercase),
        ("binary operators", BinaryOperators.commands), ("relations", Relations.commands), ("arrows", Arrows.commands),
        ("large operators", LargeOperators.withLimits), ("integrals", LargeOperators.integrals),
        ("italic symbols", OrdinarySymbols.italic), ("upright symbols", OrdinarySymbols.upright),
        ("dots", OrdinarySymbols.dots), ("punctuation", OrdinarySymbols.punctuation),
        ("functions", NamedFunctions.plain), ("functions with limits", NamedFunctions.withLimits),
        ("delimiters", Delimiters.commands), ("spacing", Spacing.commands),
    ]

    @Test(arguments: tables.map(\.name))
    func everyCommandConverts(table: String) {
        let commands = SymbolTableTests.tables.first { $0.name == table }?.commands ?? [:]
        #expect(!commands.isEmpty)
        for (command, character) in commands.sorted(by: { $0.key < $1.key }) {
            let conversion = TeXToMathML.convert("\\" + command + " x", display: .block)
            #expect(conversion.problems.isEmpty, "\\\(command): \(conversion.problems)")
            let body = conversion.markup.components(separatedBy: "<annotation")[0].replacingOccurrences(of: "&amp;", with: "&")
            #expect(body.contains(">" + character + "<") || body.contains("\"" + character + "\""), "\\\(command) should give \(character): \(body)")
        }
    }

    @Test func everyAccentAndFontCommandConverts() {
        for command in Accents.commands.keys.sorted() + MathFont.commands.keys.sorted() {
            let conversion = TeXToMathML.convert("\\" + command + "{x}", display: .inline)
            #expect(conversion.problems.isEmpty, "\\\(command): \(conversion.problems)")
        }
    }

    @Test func fontsMapLettersDigitsAndGreekToMathematicalAlphanumerics() {
        #expect(MathFont.bold.map("A") == "𝐀")
        #expect(MathFont.doubleStruck.map("R") == "ℝ")
        #expect(MathFont.script.map("L") == "ℒ")
        #expect(MathFont.fraktur.map("g") == "𝔤")
        #expect(MathFont.boldSymbol.map("φ") == "𝝋")
        #expect(MathFont.boldSymbol.map("Θ") == "𝚯")
        #expect(MathFont.doubleStruck.map("1") == "𝟙")
        #expect(MathFont.upright.map("x") == nil)
        #expect(MathFont.script.map("+") == nil)
    }
}
