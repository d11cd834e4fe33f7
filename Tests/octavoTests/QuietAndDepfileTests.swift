import Foundation
import Testing

/// `--quiet`, its interplay with `--strict`, and `--depfile` through the built binary.
@Suite struct QuietAndDepfileTests {
    /// A workspace with a post holding one invalid UTF-8 byte, which gives a warning.
    private func postWithWarning() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("a.md", Array("A ".utf8) + [0xFF] + Array("\n".utf8))
        return workspace
    }

    @Test func quietDropsWarnings() throws {
        let workspace = try postWithWarning()
        let loud = try OctavoBinary.run(["-t", "html", "a.md"], in: workspace.url)
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("a.md:1:3: warning: invalid UTF-8 byte 0xFF"))
        let quiet = try OctavoBinary.run(["-t", "html", "--quiet", "a.md"], in: workspace.url)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        #expect(quiet.stdout == loud.stdout)
    }

    @Test func quietStillShowsErrorsAndStrictWarnings() throws {
        let workspace = try postWithWarning()
        let missing = try OctavoBinary.run(["-t", "html", "--quiet", "missing.md"], in: workspace.url)
        #expect(missing.status == 1)
        #expect(missing.stderr == "missing.md:1:1: error: cannot read file: No such file or directory\n")
        let strict = try OctavoBinary.run(["-t", "html", "--quiet", "--strict", "a.md"], in: workspace.url)
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("a.md:1:3: error: invalid UTF-8 byte 0xFF"))
    }

    @Test func depfileListsEveryPostEscapedForMake() throws {
        let workspace = try Workspace()
        for name in ["a post.md", "b#1.md", "c$.md"] {
            try workspace.write(name, "<https://example.org/\(name.count)>\n")
        }
        let run = try OctavoBinary.run(["-t", "opml", "-o", "out.opml", "--depfile", "out.opml.d", "a post.md", "b#1.md", "c$.md"],
                                       in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.read("out.opml.d") == """
            out.opml: a\\ post.md b\\#1.md c$$.md

            a\\ post.md:

            b\\#1.md:

            c$$.md:

            """)
        #expect(try workspace.names().contains { $0.hasPrefix(".") } == false)
    }

    @Test func noDepfileWithoutOutput() throws {
        let workspace = try Workspace()
        let run = try OctavoBinary.run(["-t", "html", "-o", "out.html", "--depfile", "out.d", "missing.md"], in: workspace.url)
        #expect(run.status == 1)
        #expect(try workspace.names() == [])
    }

    @Test(arguments: [
        ["-t", "html", "--depfile", "out.d", "a.md"],
        ["-t", "html", "-o", "-", "--depfile", "out.d", "a.md"],
        ["-t", "html", "--output-dir", "out", "--depfile", "out.d", "a.md"],
    ])
    func depfileNeedsAnOutputFile(arguments: [String]) throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "# A\n")
        let run = try OctavoBinary.run(arguments, in: workspace.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(try workspace.names() == ["a.md"])
    }
}
