import Foundation
import Testing

/// A corpus copy with an unreadable file, invalid YAML and a binary file: the three are
/// reported with path and reason, every other post is still converted, and the exit status is 1.
@Suite struct BadInputTests {
    @Test func badInputsAreReportedAndTheRestConverted() throws {
        let workspace = try Workspace()
        try TestData.copySitePosts(into: workspace)
        let posts = workspace.url.appendingPathComponent("posts")
        let goodCount = try FileManager.default.contentsOfDirectory(atPath: posts.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.count
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("x.markdown").path,
                                                   withDestinationPath: "missing-target.markdown")
        try workspace.write("posts/2020-1-1-yaml.md", "---\ntitle: [unclosed\n---\nText\n")
        var binary = (0..<4096).map { _ in UInt8.random(in: 1...255) }
        binary[100] = 0
        try workspace.write("posts/2020-1-2-image.markdown", binary)
        var strayByte = Array("# Fine\n\nOne bad byte: ".utf8)
        strayByte += [0xFF] + Array(" here.\n".utf8)
        try workspace.write("posts/2020-1-3-stray.md", strayByte)

        let run = try OctavoBinary.run(["-t", "html", "--output-dir", "out", "posts"], in: workspace.url)
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3, "\(run.stderr)")
        #expect(errors.contains { $0.hasPrefix("posts/x.markdown:1:1: error: cannot read file: No such file or directory") })
        #expect(errors.contains { $0.hasPrefix("posts/2020-1-1-yaml.md:") && $0.contains("YAML") })
        #expect(errors.contains { $0 == "posts/2020-1-2-image.markdown:1:1: error: not a text file (NUL byte at byte offset 100)" })
        #expect(run.stderr.contains("posts/2020-1-3-stray.md:3:15: warning: invalid UTF-8 byte 0xFF"))
        let written = try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("out").path)
        #expect(written.count == goodCount + 1)
        #expect(written.contains("stray.html"))
    }
}
