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
}
