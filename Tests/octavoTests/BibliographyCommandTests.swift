import Foundation
import Testing

/// `octavo -t bibtex` and `-t biblatex` on the shared seed and corpus.
@Suite struct BibliographyCommandTests {
    private func entryTypes(_ text: String) -> [String] {
        text.split(separator: "\n").filter { $0.hasPrefix("@") }.map { String($0.dropFirst().prefix { $0 != "{" }) }
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
}
