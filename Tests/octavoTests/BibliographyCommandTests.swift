import Foundation
import Testing

/// `octavo -t bibtex` and `-t biblatex` on the shared seed and corpus, checked by
/// biber's data model validation and by pybtex.
@Suite struct BibliographyCommandTests {
    /// The one warning biber may give: the linked pages' own dates are unknown.
    static let allowedWarning = "Missing mandatory field - one of 'date, year' must be defined"

    private func entryTypes(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("@") }.map { String($0.dropFirst().prefix { $0 != "{" }) }
    }

    /// Writes the export of the seed and the corpus in `format` to `name` in `workspace`.
    private func export(_ format: String, to name: String, in workspace: Workspace) throws -> String {
        let posts = try OPMLCommandTests.posts("seed") + OPMLCommandTests.posts("corpus/posts")
        let run = try OctavoBinary.run(["-t", format, "-o", workspace.url.appendingPathComponent(name).path] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        return try workspace.read(name)
    }

    @Test func seedHas43OnlineEntriesPlusTheWorks() throws {
        let run = try OctavoBinary.run(["-t", "biblatex"] + OPMLCommandTests.posts("seed"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let types = entryTypes(run.output)
        #expect(types.filter { $0 == "online" }.count == 43)
        #expect(types.filter { $0 == "misc" }.count > 0)
        #expect(Set(types) == ["online", "misc"])
        let classic = try OctavoBinary.run(["-t", "bibtex"] + OPMLCommandTests.posts("seed"))
        #expect(classic.status == 0, "\(classic.stderr)")
        #expect(entryTypes(classic.output) == types.map { _ in "misc" })
    }

    @Test func biberValidatesTheBibLaTeXExportOfTheCorpus() throws {
        let workspace = try Workspace()
        let text = try export("biblatex", to: "corpus.bib", in: workspace)
        let entries = entryTypes(text).count
        #expect(entries > 1000)
        let biber = try ExternalTool.run(["biber", "--tool", "--validate-datamodel", "corpus.bib"], in: workspace.url)
        #expect(biber.status == 0, "\(biber.output.suffix(2000))")
        let lines = biber.output.split(separator: "\n")
        #expect(lines.contains { $0.contains("Datamodel validation complete") }, "\(biber.output.suffix(2000))")
        let problems = lines.filter { ($0.hasPrefix("WARN") || $0.hasPrefix("ERROR")) && !$0.contains(Self.allowedWarning) }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        let dateWarnings = lines.filter { $0.hasPrefix("WARN") && $0.contains(Self.allowedWarning) }
        #expect(dateWarnings.count <= entries)
    }

    @Test(arguments: ["bibtex", "biblatex"])
    func pybtexParsesTheExportOfTheCorpus(format: String) throws {
        let workspace = try Workspace()
        let text = try export(format, to: "corpus.bib", in: workspace)
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
