import Foundation
@testable import OctavoPipeline
import Testing

/// Temporary files that killed runs left beside outputs are removed by the next run
/// that writes into their folder; those of live processes and other files stay.
@Suite struct StaleTemporaryFilesTests {
    /// The id of a process that has ended.
    private func endedProcess() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theFirstOutputInAFolderRemovesWhatEndedRunsLeft() throws {
        let folder = try TemporaryFolder()
        let ended = try endedProcess()
        let stale = try folder.write(".post.html.octavo-\(ended)-a1b2c3", "half a post")
        let live = try folder.write(".post.html.octavo-\(getppid())-d4e5f6", "another run's")
        let older = try folder.write(".post.html.octavo-g7h8i9", "no process id")
        let other = try folder.write(".notes.octavo-12-x", "not ours")
        let sink = AtomicFileSink(path: folder.path("post.html"))
        var writer = sink
        try writer.write(Array("<p>new</p>\n".utf8))
        try writer.finish()
        let manager = FileManager.default
        #expect(!manager.fileExists(atPath: stale))
        #expect(manager.fileExists(atPath: live) && manager.fileExists(atPath: older) && manager.fileExists(atPath: other))
        #expect(try String(contentsOfFile: folder.path("post.html"), encoding: .utf8) == "<p>new</p>\n")
    }

    @Test func readsTheProcessIdFromTheName() {
        #expect(StaleTemporaryFiles.ownerProcess(of: ".a.html.octavo-1234-abcdef") == 1234)
        #expect(StaleTemporaryFiles.ownerProcess(of: ".a.octavo-b.html.octavo-77-zzzzzz") == 77)
        #expect(StaleTemporaryFiles.ownerProcess(of: ".a.html.octavo-abcdef") == nil)
        #expect(StaleTemporaryFiles.ownerProcess(of: ".a.html.octavo-12-x") == nil)
    }
}
