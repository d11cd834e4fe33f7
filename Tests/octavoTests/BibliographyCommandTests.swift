import Foundation
import Testing

/// `octavo -t bibtex` and `-t biblatex` on the fixture site, checked by biber's data
/// model validation and by pybtex.
@Suite struct BibliographyCommandTests {
    /// The one warning biber may give: the linked pages' own dates are unknown.
    static let allowedWarning = "Missing mandatory field - one of 'date, year' must be defined"

    static func entryTypes(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("@") }.map { String($0.dropFirst().prefix { $0 != "{" }) }
    }

    /// Writes the export of `posts` in `format` to `name` in `workspace`.
    static func export(_ posts: [String], as format: String, to name: String, in workspace: Workspace) throws -> String {
        let run = try OctavoBinary.run(["-t", format, "-o", workspace.url.appendingPathComponent(name).path] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        return try workspace.read(name)
    }

    @Test func biberValidatesTheBibLaTeXExport() throws {
        let entries = try Self.checkWithBiber(try TestData.sitePosts)
        #expect(entries > 10)
    }

    @Test(arguments: ["bibtex", "biblatex"])
    func pybtexParsesTheExport(format: String) throws {
        try Self.checkWithPybtex(try TestData.sitePosts, format: format)
    }

    /// Validates the BibLaTeX of `posts` with biber and returns how many entries it has.
    static func checkWithBiber(_ posts: [String]) throws -> Int {
        let workspace = try Workspace()
        let text = try export(posts, as: "biblatex", to: "corpus.bib", in: workspace)
        let entries = entryTypes(text).count
        let biber = try ExternalTool.run(["biber", "--tool", "--validate-datamodel", "corpus.bib"], in: workspace.url)
        #expect(biber.status == 0, "\(biber.output.suffix(2000))")
        let lines = biber.output.split(separator: "\n")
        #expect(lines.contains { $0.contains("Datamodel validation complete") }, "\(biber.output.suffix(2000))")
        let problems = lines.filter { ($0.hasPrefix("WARN") || $0.hasPrefix("ERROR")) && !$0.contains(Self.allowedWarning) }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        let dateWarnings = lines.filter { $0.hasPrefix("WARN") && $0.contains(Self.allowedWarning) }
        #expect(dateWarnings.count <= entries)
        return entries
    }

    /// Parses the export of `posts` in `format` with pybtex in strict mode: every entry is read.
    static func checkWithPybtex(_ posts: [String], format: String) throws {
        let workspace = try Workspace()
        let text = try export(posts, as: format, to: "corpus.bib", in: workspace)
        let parsed = try ExternalTool.python("""
            import sys
            import pybtex.errors
            pybtex.errors.set_strict_mode(True)
            from pybtex.database import parse_file
            print(len(parse_file(sys.argv[1], bib_format='bibtex').entries))
            """, [workspace.url.appendingPathComponent("corpus.bib").path])
        #expect(parsed.status == 0, "\(parsed.output.suffix(2000))")
        #expect(parsed.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(entryTypes(text).count))
    }
}

/// `octavo -t bibtex` and `-t biblatex` on the shared seed and corpus.
@Suite struct BibliographyCommandCorpusTests {
    private var posts: [String] {
        get throws { try TestData.sharedPosts("seed") + TestData.sharedPosts("corpus/posts") }
    }

    @Test func seedHas43OnlineEntriesPlusTheWorks() throws {
        let run = try OctavoBinary.run(["-t", "biblatex"] + TestData.sharedPosts("seed"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let types = BibliographyCommandTests.entryTypes(run.output)
        #expect(types.filter { $0 == "online" }.count == 43)
        #expect(types.filter { $0 == "misc" }.count > 0)
        #expect(Set(types) == ["online", "misc"])
        let classic = try OctavoBinary.run(["-t", "bibtex"] + TestData.sharedPosts("seed"))
        #expect(classic.status == 0, "\(classic.stderr)")
        #expect(BibliographyCommandTests.entryTypes(classic.output) == types.map { _ in "misc" })
    }

    @Test func biberValidatesTheBibLaTeXExportOfTheCorpus() throws {
        #expect(try BibliographyCommandTests.checkWithBiber(try posts) > 1000)
    }

    @Test(arguments: ["bibtex", "biblatex"])
    func pybtexParsesTheExportOfTheCorpus(format: String) throws {
        try BibliographyCommandTests.checkWithPybtex(try posts, format: format)
    }
}
