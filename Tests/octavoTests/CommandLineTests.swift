import Testing
import OctavoPipeline

/// The binary's informational flags and its usage errors.
@Suite struct CommandLineTests {
    @Test func printsTheVersion() throws {
        let run = try OctavoBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.output == OctavoVersion.current + "\n")
    }

    @Test func printsHelp() throws {
        let run = try OctavoBinary.run(["--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: octavo"))
        #expect(run.output.contains("convert (default)"))
        let convert = try OctavoBinary.run(["convert", "--help"])
        for option in ["--from", "--to", "--output", "--strict", "--list-formats"] {
            #expect(convert.output.contains(option))
        }
    }

    @Test func listsEveryFormatWithItsSummary() throws {
        let run = try OctavoBinary.run(["--list-formats"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.output.split(separator: "\n").map(String.init)
        let readers = lines.drop { !$0.hasPrefix("Input formats") }.dropFirst().prefix { $0.hasPrefix("  ") }
        let writers = lines.drop { !$0.hasPrefix("Output formats") }.dropFirst().prefix { $0.hasPrefix("  ") }
        let readerNames = Set(readers.compactMap { $0.split(separator: " ").first.map(String.init) })
        let writerNames = Set(writers.compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(readerNames.isSuperset(of: ["jekyll", "commonmark", "gfm", "json"]))
        #expect(writerNames.isSuperset(of: ["html", "json"]))
        #expect([readers, writers].joined().allSatisfy { $0.split(separator: " ").count > 1 })
        #expect(try OctavoBinary.run(["formats"]).output == run.output)
    }

    @Test(arguments: [
        ["-t", "no-such-format"],
        ["-f", "no-such-format", "-t", "html"],
        ["--no-such-option", "-t", "html"],
        [],
    ])
    func usageErrorsExitWithStatusTwo(arguments: [String]) throws {
        let run = try OctavoBinary.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("Usage: octavo"))
    }
}
