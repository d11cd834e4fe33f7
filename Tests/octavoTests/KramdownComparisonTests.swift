import Foundation
import Testing

/// The built binary renders every corpus and seed post with the block structure
/// kramdown gives it (scripts/compare-kramdown, which needs Ruby's kramdown).
@Suite struct KramdownComparisonTests {
    @Test func everyPostAgreesWithKramdown() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["python3", OctavoBinary.packageRoot.appendingPathComponent("scripts/compare-kramdown").path,
                         "--octavo", OctavoBinary.url.path]
        if let shared = ProcessInfo.processInfo.environment["OCTAVO_SHARED_DIR"], !shared.isEmpty {
            arguments += ["--shared", shared]
        }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 2, "compare-kramdown could not run (is ruby-kramdown installed?):\n\(report)")
        #expect(process.terminationStatus == 0, "posts differ from kramdown:\n\(report)")
        #expect(report.contains("64 of 64 posts agree with kramdown"), "\(report)")
    }
}
