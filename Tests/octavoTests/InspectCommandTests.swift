import Foundation
import Testing

/// `octavo inspect` run as a program.
@Suite struct InspectCommandTests {
    @Test func printsTreesThenOneSummaryLinePerPost() throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "# A\n\nhttps://a.org\n\nTitle\n")
        try workspace.write("b.md", "![x](x.png)\n")
        let result = try OctavoBinary.run(["inspect", "a.md", "b.md"], in: workspace.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "a.md")
        #expect(lines.contains("  3:1-3:13 paragraph \"https://a.org\""))
        #expect(lines.contains("b.md"))
        #expect(Array(lines.suffix(3)) == [
            "a.md: 3 blocks, 1 bookmarks, 0 works, 0 links, 0 images, 0 math",
            "b.md: 1 blocks, 0 bookmarks, 0 works, 0 links, 1 images, 0 math",
            "",
        ])
    }

    @Test func aMissingFileFailsButTheOthersAreInspected() throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "text\n")
        let result = try OctavoBinary.run(["inspect", "missing.md", "a.md"], in: workspace.url)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("missing.md:1:1: error: cannot read file"))
        #expect(result.output.hasSuffix("a.md: 1 blocks, 0 bookmarks, 0 works, 0 links, 0 images, 0 math\n"))
    }
}
