import Foundation
import Testing

/// `octavo -t opml` on the shared seed and corpus: valid for octavo's own schema
/// check, for `octavo validate`, for jing and for python's listparser.
@Suite struct OPMLCommandTests {
    static var shared: URL { CorpusCopy.sharedFolder }

    static func posts(_ folder: String) throws -> [String] {
        let url = shared.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        guard !names.isEmpty else { throw ExternalTool.Missing(description: "no posts in \(url.path)") }
        return names.map { url.appendingPathComponent($0).path }
    }

    /// Writes the OPML of `posts` to a file and returns its path and text.
    private func opml(_ posts: [String], in workspace: Workspace, extra: [String] = []) throws -> (String, String) {
        let path = workspace.url.appendingPathComponent("out.opml").path
        let run = try OctavoBinary.run(["-t", "opml", "-o", path] + extra + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        return (path, try workspace.read("out.opml"))
    }

    private func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func seedHas43LinksInThreeSections() throws {
        let workspace = try Workspace()
        let (_, text) = try opml(try Self.posts("seed"), in: workspace)
        #expect(occurrences("type=\"link\"", in: text) == 43)
        let sections = text.split(separator: "\n").filter { $0.hasPrefix("      <outline text=") && !$0.hasSuffix("/>") }
        let withLinks = sections.filter { section in
            let start = text.range(of: String(section))!.upperBound
            let end = text.range(of: "\n      </outline>", range: start..<text.endIndex)!.lowerBound
            return text[start..<end].contains("type=\"link\"")
        }
        #expect(withLinks.count == 3)
    }

    @Test(arguments: ["seed", "corpus/posts"])
    func validatesWithOctavoJingAndListparser(folder: String) throws {
        let workspace = try Workspace()
        let (path, text) = try opml(try Self.posts(folder), in: workspace, extra: ["--title", "Corpus"])
        let schema = OctavoBinary.packageRoot.appendingPathComponent("schemas/opml-2.0.rng").path
        let validate = try OctavoBinary.run(["validate", path])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")
        let jing = try ExternalTool.run(["jing", schema, path])
        #expect(jing.status == 0, "\(jing.output)")
        let listed = try ExternalTool.python("""
            import sys, listparser
            result = listparser.parse(open(sys.argv[1], 'rb').read())
            print('bozo' if result.bozo else len(result.lists))
            """, [path])
        #expect(listed.status == 0, "\(listed.output)")
        // listparser merges outlines with the same url, so it finds each distinct link once.
        var urls = Set<String>()
        for line in text.split(separator: "\n") where line.contains("type=\"link\"") {
            let start = line.range(of: " url=\"")!.upperBound
            urls.insert(String(line[start...].prefix { $0 != "\"" }))
        }
        #expect(!urls.isEmpty)
        #expect(listed.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(urls.count))
    }

    @Test func badInputIsReportedAndTheOthersAreWritten() throws {
        let workspace = try Workspace()
        let seed = try Self.posts("seed")
        let path = workspace.url.appendingPathComponent("out.opml").path
        let run = try OctavoBinary.run(["-t", "opml", "-o", path, "missing.md"] + seed)
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.md:1:1: error: cannot read file"))
        #expect(occurrences("type=\"link\"", in: try workspace.read("out.opml")) == 43)
    }

    @Test func flatOutlineAndSourceDateEpoch() throws {
        let seed = try Self.posts("seed")
        let run = try OctavoBinary.run(["-t", "opml", "--opml-flat"] + seed)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("    <outline type=\"link\"") }.count == 43)
        #expect(!lines.contains { $0.hasPrefix("      ") })
        let workspace = try Workspace()
        let script = "SOURCE_DATE_EPOCH=0 \"$OCTAVO\" -t opml -o out.opml '\(seed[0])'"
        #expect(try OctavoBinary.shell(script, in: workspace.url) == 0)
        #expect(try workspace.read("out.opml").contains("<dateCreated>Thu, 1 Jan 1970 00:00:00 GMT</dateCreated>"))
    }
}
