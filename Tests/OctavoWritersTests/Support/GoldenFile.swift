import Foundation
import Testing

/// An expected output kept under `Tests/OctavoWritersTests/Golden/`, compared byte for byte.
///
/// With `OCTAVO_UPDATE_GOLDEN=1` in the environment, `check` rewrites the file instead
/// of comparing, so a deliberate change of output is one test run and a reviewed diff.
struct GoldenFile {
    let name: String

    init(_ name: String) {
        self.name = name
    }

    /// `Tests/OctavoWritersTests/Golden/<name>`, found from this source file.
    var url: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Golden")
            .appendingPathComponent(name)
    }

    /// Records an issue, with a line diff, unless `actual` equals the golden file.
    func check(_ actual: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["OCTAVO_UPDATE_GOLDEN"] == "1" {
            try Data(actual).write(to: url, options: .atomic)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("golden file \(name) is missing; run with OCTAVO_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if [UInt8](expected) != actual {
            let diff = GoldenFile.lineDiff(
                expected: String(decoding: expected, as: UTF8.self),
                actual: String(decoding: actual, as: UTF8.self))
            Issue.record(
                "output differs from golden file \(name) (- expected, + actual; OCTAVO_UPDATE_GOLDEN=1 rewrites it):\n\(diff)",
                sourceLocation: sourceLocation)
        }
    }

    /// The changed lines between two texts, with line numbers and up to two lines of context,
    /// from a longest-common-subsequence alignment.
    static func lineDiff(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        enum Line { case same(Int, Substring), removed(Int, Substring), added(Int, Substring) }
        var lines: [Line] = []
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append(.same(i + 1, old[i]))
                i += 1
                j += 1
            } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
                lines.append(.added(j + 1, new[j]))
                j += 1
            } else {
                lines.append(.removed(i + 1, old[i]))
                i += 1
            }
        }
        let changed = lines.indices.filter {
            if case .same = lines[$0] { return false }
            return true
        }
        var output: [String] = []
        var lastShown = -1
        for index in lines.indices where changed.contains(where: { abs($0 - index) <= context }) {
            if lastShown >= 0, index > lastShown + 1 { output.append("...") }
            switch lines[index] {
            case .same(let number, let text): output.append("  \(number): \(text)")
            case .removed(let number, let text): output.append("- \(number): \(text)")
            case .added(let number, let text): output.append("+ \(number): \(text)")
            }
            lastShown = index
        }
        return output.joined(separator: "\n")
    }
}
