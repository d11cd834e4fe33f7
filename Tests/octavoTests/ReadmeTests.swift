import Foundation
import Testing

/// Guards the README's promise: two set-up commands, and CI runs the test one.
@Suite struct ReadmeTests {
    private func text(_ path: String) throws -> String {
        try String(contentsOf: OctavoBinary.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The command lines inside the code fences of the README's "Quick start" section.
    private func quickStartCommands() throws -> [String] {
        let lines = try text("README.md").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let section = lines.drop { $0.trimmingCharacters(in: .whitespaces).lowercased() != "## quick start" }
            .dropFirst()
            .prefix { !$0.hasPrefix("## ") && !$0.hasPrefix("# ") }
        var commands: [String] = []
        var inFence = false
        for line in section {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inFence.toggle()
            } else if inFence, !trimmed.isEmpty, !trimmed.hasPrefix("#") {
                commands.append(trimmed.hasPrefix("$ ") ? String(trimmed.dropFirst(2)) : trimmed)
            }
        }
        return commands
    }

    @Test func quickStartHasExactlyTwoCommands() throws {
        let commands = try quickStartCommands()
        #expect(commands.count == 2)
        #expect(commands.first?.contains("octavo") == true)
    }

    @Test func ciRunsTheReadmeTestCommand() throws {
        let testCommand = try #require(try quickStartCommands().last)
        let ci = try text(".ci/run")
        #expect(ci.hasPrefix("#!/usr/bin/env bash\n"))
        #expect(ci.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(testCommand) })
    }

    /// Every `octavo` command of the README's shell examples, run in order in a blog
    /// laid out as the examples assume (`samples/`, the fixture site's `_posts/` and
    /// `images/`, a draft, a post, a cover and a stylesheet): each exits 0 and writes what its
    /// format is, to the file it names or to standard output.
    @Test func everyExampleCommandDoesWhatTheReadmeSays() throws {
        let workspace = try Workspace()
        let manager = FileManager.default
        let root = OctavoBinary.packageRoot
        try manager.copyItem(at: root.appendingPathComponent("samples"), to: workspace.url.appendingPathComponent("samples"))
        for name in ["_posts", "images", "_config.yml"] {
            try manager.copyItem(at: TestData.site.appendingPathComponent(name), to: workspace.url.appendingPathComponent(name))
        }
        try workspace.write("_posts/2015-1-5-notes.md", "---\ntitle: Notes\n---\n\nA note with a [link](https://example.org/).\n")
        try manager.createDirectory(at: workspace.url.appendingPathComponent("_drafts"), withIntermediateDirectories: true)
        try workspace.write("_drafts/2026-05-01-draft.md", "---\ntitle: Draft\n---\n\nhttps://example.org/draft\n\nA draft link\n")
        try workspace.write("draft.md", "# Draft\n\nText.\n")
        try manager.copyItem(at: root.appendingPathComponent("samples/2026-04-02-paper-notes.md"),
                             to: workspace.url.appendingPathComponent("post.markdown"))
        try workspace.write("book.css", "body { margin: 0; }\n")
        try manager.copyItem(at: TestData.site.appendingPathComponent("images/squares.jpg"), to: workspace.url.appendingPathComponent("cover.jpg"))
        let bin = workspace.url.appendingPathComponent("bin")
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        try manager.createSymbolicLink(at: bin.appendingPathComponent("octavo"), withDestinationURL: OctavoBinary.url)

        let commands = try exampleCommands()
        #expect(commands.count >= 20)
        for command in commands {
            let run = try shell(command, path: bin.path, in: workspace.url)
            #expect(run.status == 0, "\(command)\n\(run.stderr)")
            let written = writtenFile(of: command).map { workspace.url.appendingPathComponent($0) }
            let output = try written.map { Array(try Data(contentsOf: $0)) } ?? run.stdout
            #expect(!output.isEmpty || command.hasPrefix("octavo validate") || command.contains("--output-dir"), "\(command): no output")
            if let kind = expectedStart(of: command) {
                #expect(output.starts(with: Array(kind.utf8)), "\(command): does not start with \(kind)")
            }
            if command.contains("--output-dir") {
                let folder = command.components(separatedBy: "--output-dir ")[1].prefix { $0 != " " }
                let files = try manager.subpathsOfDirectory(atPath: workspace.url.appendingPathComponent(String(folder)).path)
                #expect(!files.isEmpty, "\(command): nothing in \(folder)")
            }
        }
    }

    /// The lines of the README's `sh` blocks that run octavo, directly or at the end of a pipe.
    private func exampleCommands() throws -> [String] {
        var commands: [String] = []
        var inShell = false
        for line in try text("README.md").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
            } else if inShell, line.hasPrefix("octavo ") || (line.hasPrefix("cat ") && line.contains("| octavo ")) {
                commands.append(String(line))
            }
        }
        return commands
    }

    /// The file a command writes with `-o FILE` or `> FILE`, if any.
    private func writtenFile(of command: String) -> String? {
        for marker in [" -o ", " > "] where command.contains(marker) {
            return String(command.components(separatedBy: marker)[1].prefix { $0 != " " })
        }
        return nil
    }

    /// How the output of a command starts, by what it writes; nil where a pipe or a
    /// subcommand decides.
    private func expectedStart(of command: String) -> String? {
        if command.contains("| jq") || command.contains("--output-dir") { return nil }
        if command.contains("--list-formats") { return "Input formats" }
        let format = command.components(separatedBy: "-t ").dropFirst().first?.prefix { $0 != " " } ?? ""
        switch format {
        case "html": return command.contains("--standalone") ? "<!DOCTYPE html>" : "<"
        case "json": return "{"
        case "xhtml", "opml": return "<?xml"
        case "bibtex", "biblatex": return "@"
        case "pandoc-json": return "{\"pandoc-api-version\":[1,23,1]"
        case "csljson": return "["
        case "ris": return "TY  - "
        case "bookmarks": return "<!DOCTYPE NETSCAPE-Bookmark-file-1>"
        case "epub": return "PK"
        default: return nil
        }
    }

    /// Runs `command` with `/bin/sh` in `folder`, with `path` first on `PATH`.
    private func shell(_ command: String, path: String, in folder: URL) throws -> RunResult {
        let scratch = try Workspace()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return RunResult(status: process.terminationStatus, stdout: Array(try Data(contentsOf: outURL)),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
