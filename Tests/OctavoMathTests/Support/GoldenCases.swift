import Foundation
import OctavoMath
import Testing

/// Formulas and the MathML they convert to, kept in `Tests/OctavoMathTests/Golden/<name>.txt`,
/// one record per formula: its TeX, its display, the markup, and a line per problem.
///
/// With `OCTAVO_UPDATE_GOLDEN=1` in the environment, `check` rewrites the file instead of
/// comparing, so a deliberate change of output is one test run and a reviewed diff.
struct GoldenCases {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    /// The folder of the golden files, found from this source file.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// One record: `tex:`, `display:`, the markup, then `problem:` lines.
    static func record(_ tex: String, _ display: MathDisplay) -> String {
        let conversion = TeXToMathML.convert(tex, display: display)
        var lines = ["tex: " + tex, "display: " + (display == .block ? "block" : "inline"), conversion.markup]
        lines += conversion.problems.map { "problem: \($0.offset) \($0.command): \($0.message)" }
        return lines.joined(separator: "\n")
    }

    /// Records an issue naming each formula whose record differs from the golden file.
    func check(_ cases: [(tex: String, display: MathDisplay)], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let records = cases.map { GoldenCases.record($0.tex, $0.display) }
        let url = GoldenCases.folder.appendingPathComponent(name + ".txt")
        let actual = records.joined(separator: "\n\n") + "\n"
        if ProcessInfo.processInfo.environment["OCTAVO_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name).txt is missing; run with OCTAVO_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedRecords = expected.dropLast().components(separatedBy: "\n\n")
        var differences: [String] = []
        for index in 0..<max(records.count, expectedRecords.count) {
            let mine = index < records.count ? records[index] : "(none)"
            let theirs = index < expectedRecords.count ? expectedRecords[index] : "(none)"
            if mine != theirs { differences.append("expected:\n\(theirs)\nactual:\n\(mine)") }
        }
        let report = differences.joined(separator: "\n---\n")
        Issue.record("\(name).txt differs (OCTAVO_UPDATE_GOLDEN=1 rewrites it):\n\(report)", sourceLocation: sourceLocation)
    }

    /// Every `<math>` element of every golden file, for checks of the markup as a whole.
    static func allMarkup() throws -> [String] {
        try allLines().filter { $0.hasPrefix("<math ") }
    }

    /// Every formula of every golden file.
    static func allInputs() throws -> [String] {
        try allLines().filter { $0.hasPrefix("tex: ") }.map { String($0.dropFirst(5)) }
    }

    private static func allLines() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map { String($0) }
        }
    }
}
