import Foundation
import Testing

/// Kills the built binary part-way through a batch (SIGINT, SIGTERM and SIGKILL) and
/// checks every output is either the previous version or the complete new one.
@Suite struct InterruptTests {
    /// How many copies of the fixture posts the batch reads, so that a run lasts long enough to kill.
    private static let copies = 70

    /// (Re)creates `posts/` in `workspace` with `copies` copies of the fixture posts.
    private func writePosts(in workspace: Workspace) throws {
        let posts = workspace.url.appendingPathComponent("posts")
        if FileManager.default.fileExists(atPath: posts.path) { try FileManager.default.removeItem(at: posts) }
        try TestData.copySitePosts(into: workspace)
        let names = try FileManager.default.contentsOfDirectory(atPath: posts.path)
        for copy in 1..<Self.copies {
            for name in names {
                try FileManager.default.copyItem(
                    at: posts.appendingPathComponent(name), to: posts.appendingPathComponent("copy\(copy)-\(name)"))
            }
        }
    }

    /// Every regular file directly in `folder`, by name, with its bytes.
    private func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Appends a paragraph to every post, so that their outputs differ from the originals'.
    private func changePosts(in workspace: Workspace) throws {
        let posts = workspace.url.appendingPathComponent("posts")
        for name in try FileManager.default.contentsOfDirectory(atPath: posts.path) {
            let handle = try FileHandle(forWritingTo: posts.appendingPathComponent(name))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\n\nAn older version of this post.\n".utf8))
            try handle.close()
        }
    }

    /// Starts `octavo` with `arguments` in `folder`.
    private func start(_ arguments: [String], in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = OctavoBinary.url
        process.arguments = ["--progress", "never"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The seconds a complete run of `arguments` takes.
    private func duration(of arguments: [String], in folder: URL) throws -> Double {
        let started = Date()
        let process = try start(arguments, in: folder)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return Date().timeIntervalSince(started)
    }

    /// Runs `arguments` and sends `signal` after `delay` seconds.
    private func interrupt(_ arguments: [String], in folder: URL, after delay: Double, with signal: Int32) throws {
        let process = try start(arguments, in: folder)
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// Runs `arguments` and sends `signal` once `count` files in `folder` have been
    /// replaced since the start (or when the run ends first): a point part-way through
    /// the batch however fast or slow the binary runs (under a sanitizer, say).
    private func interrupt(_ arguments: [String], in folder: URL, onceReplaced count: Int, in outputs: URL,
                           with signal: Int32) throws {
        let started = Date()
        let process = try start(arguments, in: folder)
        while process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: outputs.path)) ?? []
            let replaced = names.filter { name in
                guard !name.hasPrefix("."),
                      let date = try? FileManager.default.attributesOfItem(atPath: outputs.appendingPathComponent(name).path)[.modificationDate] as? Date
                else { return false }
                return date >= started
            }
            if replaced.count >= count { break }
            Thread.sleep(forTimeInterval: 0.002)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGKILL])
    func perPostOutputsAreOldOrNewAfterAKill(signal: Int32) throws {
        let workspace = try Workspace()
        try writePosts(in: workspace)
        let arguments = ["-t", "json", "-t", "html", "--jobs", "1", "--output-dir", "out", "posts"]
        try changePosts(in: workspace)
        #expect(try duration(of: arguments, in: workspace.url) > 0)
        let out = workspace.url.appendingPathComponent("out")
        let previous = try files(in: out)
        try writePosts(in: workspace)
        let fresh = ["-t", "json", "-t", "html", "--jobs", "1", "--output-dir", "fresh", "posts"]
        #expect(try duration(of: fresh, in: workspace.url) > 0)
        let current = try files(in: workspace.url.appendingPathComponent("fresh"))
        #expect(Set(current.keys) == Set(previous.keys))

        var interruptedMidway = false
        for fraction in [0.5, 0.3, 0.7] where !interruptedMidway {
            try FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (name, bytes) in previous {
                try bytes.write(to: out.appendingPathComponent(name))
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)],
                                                      ofItemAtPath: out.appendingPathComponent(name).path)
            }
            try interrupt(arguments, in: workspace.url, onceReplaced: Int(Double(previous.count) * fraction), in: out, with: signal)
            let after = try files(in: out)
            var old = 0
            var new = 0
            for (name, bytes) in after {
                if name.hasPrefix(".") {
                    #expect(signal == SIGKILL, "temporary file \(name) left after signal \(signal)")
                    continue
                }
                if bytes == current[name] {
                    new += 1
                } else if bytes == previous[name] {
                    old += 1
                } else {
                    Issue.record("\(name) is neither the previous output nor the complete new one")
                }
            }
            #expect(after.keys.filter { !$0.hasPrefix(".") }.count == previous.count)
            interruptedMidway = old > 0 && new > 0
        }
        #expect(interruptedMidway, "no run was caught part-way")
    }

    @Test(arguments: [SIGINT, SIGKILL])
    func aCollectionOutputIsOldOrNewAfterAKill(signal: Int32) throws {
        let workspace = try Workspace()
        try writePosts(in: workspace)
        let arguments = ["-t", "opml", "--jobs", "1", "-o", "list.opml", "posts"]
        try changePosts(in: workspace)
        #expect(try duration(of: arguments, in: workspace.url) > 0)
        let list = workspace.url.appendingPathComponent("list.opml")
        let previous = try Data(contentsOf: list)
        try writePosts(in: workspace)
        let full = try duration(of: ["-t", "opml", "--jobs", "1", "-o", "fresh.opml", "posts"], in: workspace.url)
        let current = try Data(contentsOf: workspace.url.appendingPathComponent("fresh.opml"))
        #expect(current != previous)

        for fraction in [0.2, 0.5, 0.8, 0.95] {
            try previous.write(to: list)
            try interrupt(arguments, in: workspace.url, after: full * fraction, with: signal)
            let after = try Data(contentsOf: list)
            #expect(after == previous || after == current, "list.opml is neither version after signal \(signal)")
            if signal != SIGKILL {
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter { $0.hasPrefix(".") }
                #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
            }
        }
    }
}
