import Foundation
import Testing

/// The built binary against kramdown itself (scripts/kramdown-diff, which needs Ruby's
/// kramdown; a missing kramdown fails these tests): the minimal documents of
/// `Tests/Fixtures/kramdown`, once disagreements, and a seeded sample of generated ones.
@Suite struct KramdownDifferentialTests {
    /// Documents of the generated sample that must agree at least; raise it as rules are fixed.
    static let sampleAgreement = 1962

    private func differ(_ arguments: [String]) throws -> (status: Int32, report: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", OctavoBinary.packageRoot.appendingPathComponent("scripts/kramdown-diff").path,
                             "--octavo", OctavoBinary.url.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, report)
    }

    @Test func regressionCasesAgreeWithKramdown() throws {
        let folder = OctavoBinary.packageRoot.appendingPathComponent("Tests/Fixtures/kramdown")
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(!cases.isEmpty)
        let (status, report) = try differ(["--check", folder.path, "--strict"])
        #expect(status != 2, "kramdown-diff could not run (is ruby-kramdown installed?):\n\(report)")
        #expect(status == 0, "regression cases differ from kramdown:\n\(report)")
        #expect(report.contains("\(cases.count) of \(cases.count) regression cases agree with kramdown"), "\(report)")
    }

    @Test func generatedDocumentsAgreeWithKramdown() throws {
        let (status, report) = try differ(["--count", "2000", "--seed", "1", "--shrink-limit", "0",
                                           "--min-agreement", "\(Self.sampleAgreement)"])
        #expect(status != 2, "kramdown-diff could not run (is ruby-kramdown installed?):\n\(report)")
        #expect(status == 0, "fewer generated documents agree with kramdown than before:\n\(report)")
        #expect(report.contains(" of 2000 documents agree with kramdown"), "\(report)")
    }
}
