import Foundation
import Testing

/// `--progress` through the built binary over a copy of the fixture posts.
@Suite struct ProgressTests {
    private func posts() throws -> (Workspace, Int) {
        let workspace = try Workspace()
        try TestData.copySitePosts(into: workspace)
        let count = try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("posts").path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.count
        return (workspace, count)
    }

    @Test func alwaysDrawsTheBarAndClearsIt() throws {
        let (workspace, count) = try posts()
        for arguments in [["-t", "json", "--output-dir", "out"], ["-t", "opml"], ["-t", "html"]] {
            let run = try OctavoBinary.run(arguments + ["--progress=always", "posts"], in: workspace.url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.hasPrefix("\r[------------------------] 0/\(count) posts"), "\(arguments)")
            #expect(run.stderr.contains("\r[########################] \(count)/\(count) posts"), "\(arguments)")
            #expect(run.stderr.hasSuffix("\r\u{1B}[K"), "\(arguments)")
        }
    }

    @Test func messagesAppearAboveTheBar() throws {
        let (workspace, _) = try posts()
        let run = try OctavoBinary.run(["-t", "html", "--progress", "always", "posts", "missing.md"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("\r\u{1B}[Kmissing.md:1:1: error: cannot read file: No such file or directory\n\r["))
    }

    @Test(arguments: [[String](), ["--progress=auto"], ["--progress=never"], ["--progress=always", "--progress=never"]])
    func noBarInAPipeOrWhenTurnedOff(extra: [String]) throws {
        let (workspace, _) = try posts()
        let run = try OctavoBinary.run(["-t", "json", "posts"] + extra, in: workspace.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }
}
