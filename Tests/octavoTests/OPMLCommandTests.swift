import Foundation
import Testing

/// `octavo -t opml` on the fixture site: valid for octavo's own schema check, for
/// `octavo validate`, for jing and for python's listparser.
@Suite struct OPMLCommandTests {
    /// Writes the OPML of `posts` to a file and returns its path and text.
    static func opml(_ posts: [String], in workspace: Workspace, extra: [String] = []) throws -> (String, String) {
        let path = workspace.url.appendingPathComponent("out.opml").path
        let run = try OctavoBinary.run(["-t", "opml", "-o", path] + extra + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        return (path, try workspace.read("out.opml"))
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func validatesWithOctavoJingAndListparser() throws {
        try Self.checkValidity(of: try TestData.sitePosts)
    }

    /// The OPML of `posts` passes octavo's own check, jing and listparser, which finds every distinct link.
    static func checkValidity(of posts: [String]) throws {
        let workspace = try Workspace()
        let (path, text) = try opml(posts, in: workspace, extra: ["--title", "Corpus"])
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
        let posts = try TestData.sitePosts
        let (_, whole) = try Self.opml(posts, in: workspace)
        let links = Self.occurrences("type=\"link\"", in: whole)
        #expect(links > 10)
        let path = workspace.url.appendingPathComponent("out.opml").path
        let run = try OctavoBinary.run(["-t", "opml", "-o", path, "missing.md"] + posts)
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.md:1:1: error: cannot read file"))
        #expect(Self.occurrences("type=\"link\"", in: try workspace.read("out.opml")) == links)
    }

    /// Bookmarks whose URL is no URL are left out, one warning each at its line; the
    /// rest of every post still makes a valid outline and a valid BibLaTeX file.
    @Test func aBookmarkThatIsNoURLCostsOnlyItself() throws {
        let workspace = try Workspace()
        try workspace.write("2020-01-01-bad.md", """
            ---
            title: Bad links
            ---

            [A local server](http://exa%20mple.com:9000/)

            A note

            [x](http://[::1)

            https://ok.example.org/

            Fine
            """)
        let posts = try TestData.sitePosts + [workspace.url.appendingPathComponent("2020-01-01-bad.md").path]
        let (_, whole) = try Self.opml(try TestData.sitePosts, in: workspace)
        let opml = workspace.url.appendingPathComponent("mixed.opml").path
        let run = try OctavoBinary.run(["-t", "opml", "-o", opml] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = run.stderr.split(separator: "\n")
        #expect(warnings.count == 2, "\(run.stderr)")
        #expect(warnings.first?.hasSuffix("2020-01-01-bad.md:5:1: warning: bookmark left out: \"http://exa%20mple.com:9000/\" is not a URL") == true)
        #expect(warnings.last?.hasSuffix("2020-01-01-bad.md:9:1: warning: bookmark left out: \"http://[::1\" is not a URL") == true)
        let mixed = try workspace.read("mixed.opml")
        #expect(Self.occurrences("type=\"link\"", in: mixed) == Self.occurrences("type=\"link\"", in: whole) + 1)
        #expect(try OctavoBinary.run(["validate", opml]).status == 0)
        let strict = try OctavoBinary.run(["--strict", "-t", "opml", "-o", opml] + posts)
        #expect(strict.status == 1)
        #expect(Self.occurrences("type=\"link\"", in: try workspace.read("mixed.opml")) == Self.occurrences("type=\"link\"", in: mixed))
        let bib = try OctavoBinary.run(["-t", "biblatex", "-o", workspace.url.appendingPathComponent("mixed.bib").path] + posts)
        #expect(bib.status == 0 && bib.stderr.split(separator: "\n").count == 2, "\(bib.stderr)")
        let biber = try ExternalTool.run(["biber", "--tool", "--validate-datamodel", "mixed.bib"], in: workspace.url)
        #expect(biber.status == 0 && biber.output.contains("Datamodel validation complete"), "\(biber.output.suffix(2000))")
        #expect(try workspace.read("mixed.bib").contains("url = {https://ok.example.org/}"))
    }

    @Test func flatOutlineAndSourceDateEpoch() throws {
        let seed = try TestData.sitePosts
        let (_, nested) = try Self.opml(seed, in: try Workspace())
        let run = try OctavoBinary.run(["-t", "opml", "--opml-flat"] + seed)
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("    <outline type=\"link\"") }.count == Self.occurrences("type=\"link\"", in: nested))
        #expect(!lines.contains { $0.hasPrefix("      ") })
        let workspace = try Workspace()
        let script = "SOURCE_DATE_EPOCH=0 \"$OCTAVO\" -t opml -o out.opml '\(seed[0])'"
        #expect(try OctavoBinary.shell(script, in: workspace.url) == 0)
        #expect(try workspace.read("out.opml").contains("<dateCreated>Thu, 1 Jan 1970 00:00:00 GMT</dateCreated>"))
    }
}

/// `octavo -t opml` on the shared seed and corpus.
@Suite struct OPMLCommandCorpusTests {
    @Test func seedHas43LinksInThreeSections() throws {
        let workspace = try Workspace()
        let (_, text) = try OPMLCommandTests.opml(try TestData.sharedPosts("seed"), in: workspace)
        #expect(OPMLCommandTests.occurrences("type=\"link\"", in: text) == 43)
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
        try OPMLCommandTests.checkValidity(of: try TestData.sharedPosts(folder))
    }
}
