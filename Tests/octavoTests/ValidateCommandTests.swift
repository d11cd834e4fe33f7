import Foundation
import Testing

/// `octavo validate FILE...`: diagnostics as `file:line:column: error: …`, exit status 1
/// on any error, and hostile XML refused fast.
@Suite struct ValidateCommandTests {
    private let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>t</title></head>
          <body><outline type="link" text="a" url="https://example.org/"/></body>
        </opml>

        """

    @Test func validFilesExitZeroSilently() throws {
        let workspace = try Workspace()
        try workspace.write("list.opml", valid)
        let run = try OctavoBinary.run(["validate", "list.opml", "-"], stdin: Array(valid.utf8), in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.isEmpty)
    }

    @Test func schemaInvalidFileGetsPositionedErrorsAndExitOne() throws {
        let workspace = try Workspace()
        try workspace.write("good.opml", valid)
        try workspace.write("bad.opml", valid.replacingOccurrences(of: " text=\"a\"", with: ""))
        let run = try OctavoBinary.run(["validate", "good.opml", "bad.opml"], in: workspace.url)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { line in
            let parts = line.split(separator: ":", maxSplits: 4)
            return parts.count == 5 && parts[0] == "bad.opml" && Int(parts[1]) != nil && Int(parts[2]) != nil && parts[3] == " error"
        })
        #expect(lines.contains { $0.hasPrefix("bad.opml:4:") })
    }

    @Test(arguments: [
        ("xxe.opml", "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n<opml version=\"2.0\"><head/><body><outline text=\"&x;\"/></body></opml>\n"),
        ("laughs.opml", "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n<!ENTITY a \"lol\">\n"
            + (1...9).map { "<!ENTITY a\($0) \"" + String(repeating: "&a\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">\n" }.joined()
            + "]>\n<opml version=\"2.0\"><head/><body><outline text=\"&a9;\"/></body></opml>\n"),
    ])
    func hostileDocumentsAreRefusedFast(name: String, text: String) throws {
        let workspace = try Workspace()
        try workspace.write(name, text)
        let clock = ContinuousClock()
        var run: RunResult?
        let elapsed = try clock.measure { run = try OctavoBinary.run(["validate", name], in: workspace.url) }
        let result = try #require(run)
        #expect(elapsed < .seconds(5))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(name):3:"))
        #expect(result.stderr.contains("error: entity declarations are refused"))
        #expect(!result.stderr.contains("root:"))
    }

    @Test func unknownFormatIsAnError() throws {
        let workspace = try Workspace()
        try workspace.write("picture.svg", "<svg/>")
        let run = try OctavoBinary.run(["validate", "picture.svg"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("picture.svg:1:1: error: no schema for this file"))
    }
}
