import Foundation
import Testing
@testable import octavo

/// The quick scan of convert command lines reads each line it accepts exactly as
/// swift-argument-parser does, knows every convert option, and leaves the rest alone.
@Suite struct ConvertArgumentScanTests {
    /// A value each option takes; every option of the scan needs one here.
    static let sampleValues: [ConvertArgumentScan.Option: String] = [
        .from: "gfm", .to: "json", .output: "out.json", .outputDir: "site", .jobs: "3", .title: "A Title", .math: "tex",
        .order: "input", .tocDepth: "3", .splitBy: "year", .author: "Ann", .language: "zh-CN", .css: "book.css", .cover: "cover.png",
        .siteRoot: "site", .siteURL: "https://example.org", .progress: "never", .depfile: "out.d", .stdinName: "post.md",
    ]

    /// The options swift-argument-parser gives `convert`, by long name, with whether each is a flag.
    static func parserOptions() throws -> [String: Bool] {
        let run = try OctavoBinary.run(["--experimental-dump-help"])
        #expect(run.status == 0, "\(run.stderr)")
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
        let command = try #require(tool["command"] as? [String: Any])
        let subcommands = try #require(command["subcommands"] as? [[String: Any]])
        let convert = try #require(subcommands.first { $0["commandName"] as? String == "convert" })
        var options: [String: Bool] = [:]
        for argument in try #require(convert["arguments"] as? [[String: Any]]) {
            let names = argument["names"] as? [[String: Any]] ?? []
            guard let long = names.first(where: { $0["kind"] as? String == "long" })?["name"] as? String else { continue }
            options[long] = argument["kind"] as? String == "flag"
        }
        return options
    }

    /// swift-argument-parser's reading of `arguments`, nil when it refuses them.
    static func parsed(_ arguments: [String]) -> ConvertOptions? {
        (try? Octavo.parseAsRoot(arguments) as? Convert)?.options
    }

    /// Command lines the scan must read, each option alone and all together.
    static func plainCommandLines() -> [[String]] {
        var lines: [[String]] = [["-t", "json"], ["-t", "json", "post.md", "-", "notes.md"], ["-f", "gfm", "-t", "html", "-o", "-"]]
        for option in ConvertArgumentScan.Option.allCases {
            let long = "--" + option.rawValue
            if option.isFlag {
                lines.append(["-t", "json", long, "post.md"])
            } else if let value = sampleValues[option] {
                lines.append(["--to", "html", long, value, "post.md"])
                lines.append([long + "=" + value, "-t", "json"])
            }
        }
        lines.append(["-t", "html", "-t", "json", "--output-dir", "out", "--jobs", "2", "--strict", "--quiet", "--drafts",
                      "--no-typography", "--progress", "always", "--title", "T", "--math", "mathml", "a.md", "b.md"])
        lines.append(["-t", "epub", "-o", "book.epub", "--order", "input", "--toc-depth", "1", "--author", "A", "--language", "en",
                      "--css", "b.css", "--cover", "c.png", "--site-root", "s", "--site-url", "https://x.org", "--depfile", "b.d"])
        lines.append(["-t", "opml", "--opml-flat", "--stdin-name", "list.md"])
        lines.append(["-t", "json", "--title=-dash", "--author=a=b", "--to=html", "--output-dir=out", "a.md"])
        lines.append(["a.md", "-t", "json", "b.md", "--strict", "-", "--title", "help"])
        return lines
    }

    @Test func knowsEveryConvertOptionOfTheParser() throws {
        let parser = try Self.parserOptions()
        let informational: Set<String> = ["help", "version", "list-formats"]
        let scanned = Dictionary(uniqueKeysWithValues: ConvertArgumentScan.Option.allCases.map { ($0.rawValue, $0.isFlag) })
        #expect(parser.filter { !informational.contains($0.key) } == scanned)
        for option in ConvertArgumentScan.Option.allCases where !option.isFlag {
            #expect(Self.sampleValues[option] != nil, "no sample value for --\(option.rawValue)")
        }
    }

    @Test(arguments: plainCommandLines())
    func readsPlainCommandLinesAsTheParserDoes(arguments: [String]) throws {
        let scanned = try #require(ConvertArgumentScan.options(from: arguments))
        if scanned.usageProblem == nil {
            #expect(Self.parsed(arguments) == scanned)
        } else {
            #expect(Self.parsed(arguments) == nil)
        }
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["--version"], ["--list-formats"], ["convert", "-t", "json"], ["-t", "json", "inspect"],
        ["formats"], ["--generate-completion-script", "bash"], ["-tjson"], ["-t"], ["-t", "json", "--"],
        ["-t", "json", "--strict", "--strict"], ["-t", "json", "-o", "a", "-o", "b"], ["-t", "json", "--strict=yes"],
        ["-t", "json", "--jobs", "many"], ["-t", "json", "--progress", "sometimes"], ["-t", "json", "-o", "--strict"],
        ["-t", "json", "--no-such-option"], ["-t", "json", "-x"], ["-t", "json", "--title", "-dash"],
        ["-t", "json", "--output-dir=", "a.md"], ["-o=out.json", "-t", "json"],
    ])
    func leavesEverythingElseToTheParser(arguments: [String]) {
        #expect(ConvertArgumentScan.options(from: arguments) == nil)
    }

    @Test func usageProblemsAreTheParsersValidationErrors() {
        let arguments = ["-t", "json", "--jobs", "0"]
        let scanned = ConvertArgumentScan.options(from: arguments)
        #expect(scanned?.usageProblem == "--jobs must be at least 1")
        #expect(Self.parsed(arguments) == nil)
    }
}
