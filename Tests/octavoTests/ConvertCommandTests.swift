import Foundation
import Testing

/// Converting through the built binary: inputs, outputs, messages and exit statuses.
@Suite struct ConvertCommandTests {
    @Test func convertsStandardInputToStandardOutput() throws {
        let runs: [([String], String)] = [
            (["-t", "html"], "<h1 id=\"hi\">Hi</h1>\n"),
            (["-t", "html", "-"], "<h1 id=\"hi\">Hi</h1>\n"),
            (["-f", "commonmark", "-t", "html", "-o", "-"], "<h1>Hi</h1>\n"),
        ]
        for (arguments, expected) in runs {
            let run = try OctavoBinary.run(arguments, stdin: Array("# Hi\n".utf8))
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty)
            #expect(run.output == expected)
        }
    }

    @Test func concatenatesOutputsInInputOrder() throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "# A\n")
        try workspace.write("b.md", "*b*\n")
        let run = try OctavoBinary.run(["-t", "html", "b.md", "a.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.output == "<p><em>b</em></p>\n<h1 id=\"a\">A</h1>\n")
    }

    @Test func writesTheOutputFileAtomically() throws {
        let workspace = try Workspace()
        try workspace.write("post.md", "# Hi\n")
        try workspace.write("post.html", "old content\n")
        let run = try OctavoBinary.run(["-t", "html", "-o", "post.html", "post.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
        #expect(try workspace.names() == ["post.html", "post.md"])
        #expect(try workspace.read("post.html") != "old content\n")
    }

    @Test func outputFileHoldsTheRenderedPost() throws {
        let workspace = try Workspace()
        try workspace.write("post.md", "# Hi\n")
        let run = try OctavoBinary.run(["-t", "html", "-o", "post.html", "post.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(try workspace.read("post.html") == "<h1 id=\"hi\">Hi</h1>\n")
    }

    @Test func missingFileFailsWhileTheOthersAreStillWritten() throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "# A\n")
        try workspace.write("c.md", "# C\n")
        let run = try OctavoBinary.run(["-t", "html", "-o", "out.html", "a.md", "missing.md", "c.md"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr == "missing.md:1:1: error: cannot read file: No such file or directory\n")
        #expect(try workspace.names() == ["a.md", "c.md", "out.html"])
        let toStandardOutput = try OctavoBinary.run(["-t", "html", "missing.md", "a.md"], in: workspace.url)
        #expect(toStandardOutput.status == 1)
        #expect(toStandardOutput.stderr.hasPrefix("missing.md:1:1: error: cannot read file: "))
        #expect(toStandardOutput.output == "<h1 id=\"a\">A</h1>\n")
    }

    @Test func invalidUTF8IsAWarningNamingTheByteOffset() throws {
        let input = Array("ok\nx".utf8) + [0xFF] + Array("y\n".utf8)
        let run = try OctavoBinary.run(["-t", "html"], stdin: input)
        #expect(run.status == 0)
        #expect(run.stderr == "<stdin>:2:2: warning: invalid UTF-8 byte 0xFF at byte offset 4 replaced by U+FFFD\n")
    }

    @Test func strictTurnsTheWarningIntoAnError() throws {
        let input = Array("ok\nx".utf8) + [0xFF] + Array("y\n".utf8)
        let run = try OctavoBinary.run(["--strict", "-t", "html"], stdin: input)
        #expect(run.status == 1)
        #expect(run.stderr == "<stdin>:2:2: error: invalid UTF-8 byte 0xFF at byte offset 4 replaced by U+FFFD\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func closedStandardOutputEndsQuietly() throws {
        let workspace = try Workspace()
        let paragraph = "Some *emphasis*, a [link](https://example.com/) and `code`.\n\n"
        try workspace.write("big.md", String(repeating: paragraph, count: 20_000))
        for format in ["html", "json"] {
            let script = """
                { "$OCTAVO" -t \(format) big.md big.md big.md 2>err-\(format); echo $? >status-\(format); } | head -c 1 >/dev/null
                """
            #expect(try OctavoBinary.shell(script, in: workspace.url) == 0)
            #expect(try workspace.read("status-\(format)") == "0\n")
            #expect(try workspace.read("err-\(format)") == "")
        }
    }

    @Test func readsBackTheJSONItWrote() throws {
        let markdown = Array("# Reading list\n\nA *short* note with a [link](https://example.com/).\n\n- one\n- two\n".utf8)
        let json = try OctavoBinary.run(["-t", "json"], stdin: markdown)
        #expect(json.status == 0)
        let again = try OctavoBinary.run(["-f", "json", "-t", "json"], stdin: json.stdout)
        #expect(again.status == 0)
        #expect(again.stderr.isEmpty)
        #expect(again.stdout == json.stdout)
        let html = try OctavoBinary.run(["-t", "html"], stdin: markdown)
        let htmlFromJSON = try OctavoBinary.run(["-f", "json", "-t", "html"], stdin: json.stdout)
        #expect(htmlFromJSON.status == 0)
        #expect(htmlFromJSON.stdout == html.stdout)
    }

    @Test func typographyIsOnForJekyllOnly() throws {
        let input = Array("\"a\" -- b...\n".utf8)
        for arguments in [["-f", "gfm", "-t", "html"], ["-f", "commonmark", "-t", "html"], ["-f", "jekyll", "-t", "html", "--no-typography"]] {
            let run = try OctavoBinary.run(arguments, stdin: input)
            #expect(run.status == 0)
            #expect(run.output == "<p>&quot;a&quot; -- b...</p>\n")
        }
        let jekyll = try OctavoBinary.run(["-f", "jekyll", "-t", "html"], stdin: input)
        #expect(jekyll.status == 0)
        #expect(jekyll.output == "<p>“a” – b…</p>\n")
    }

    @Test(arguments: try TestData.sitePosts)
    func htmlFromTheJSONTreeIsTheHTMLFromTheMarkdown(post: String) throws {
        let direct = try OctavoBinary.run(["-t", "html", post])
        let tree = try OctavoBinary.run(["-t", "json", post])
        let viaJSON = try OctavoBinary.run(["-f", "json", "-t", "html", "--stdin-name", "post.json"], stdin: tree.stdout)
        #expect(direct.status == 0 && tree.status == 0 && viaJSON.status == 0, "\(direct.stderr)\(viaJSON.stderr)")
        #expect(viaJSON.output == direct.output)
    }

    @Test func standaloneWritesACompletePage() throws {
        let post = try #require(try TestData.sitePosts.first { $0.hasSuffix("least-squares.md") })
        let tex = try OctavoBinary.run(["-t", "html", "--standalone", post])
        #expect(tex.status == 0, "\(tex.stderr)")
        #expect(tex.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(tex.output.contains("<title>Least squares, written out once</title>"))
        #expect(tex.output.contains("<style>") && tex.output.contains("<script defer=\"defer\" src=\"https://"))
        #expect(tex.output.hasSuffix("</body>\n</html>\n"))
        let mathML = try OctavoBinary.run(["-t", "html", "-s", "--math", "mathml", "--css", "site.css", post])
        #expect(mathML.output.contains("<math") && !mathML.output.contains("<script"))
        #expect(mathML.output.contains("<link rel=\"stylesheet\" href=\"site.css\" />") && !mathML.output.contains("<style>"))
        let xml = try ExternalTool.run(["python3", "-c", "import sys, html.parser; html.parser.HTMLParser().feed(open(sys.argv[1]).read())", post])
        #expect(xml.status == 0)
        #expect(try OctavoBinary.run(["-t", "json", "-s", post]).status == 2)
        let two = try OctavoBinary.run(["-t", "html", "-s"] + TestData.sitePosts.prefix(2))
        #expect(two.status == 2 && two.stderr.contains("--standalone writes one page per post"))
        let folder = try OctavoBinary.run(["-t", "html", "-s", TestData.site.appendingPathComponent("_posts").path])
        #expect(folder.status == 2 && folder.stderr.contains("--standalone writes one page per post"))
    }

    @Test func anUnknownFormatSuggestsTheLikelyOne() throws {
        for (typed, meant) in [("htm", "html"), ("jsn", "json"), ("biblatx", "biblatex"), ("ep", "epub")] {
            let run = try OctavoBinary.run(["-t", typed, "x.md"])
            #expect(run.status == 2)
            #expect(run.stderr.contains("unknown output format '\(typed)'; did you mean '\(meant)'?"), "\(run.stderr)")
        }
        let reader = try OctavoBinary.run(["-f", "jekyl", "-t", "html", "x.md"])
        #expect(reader.stderr.contains("did you mean 'jekyll'?"), "\(reader.stderr)")
        let far = try OctavoBinary.run(["-t", "pdf", "x.md"])
        #expect(far.stderr.contains("unknown output format 'pdf' (octavo --list-formats lists them)"), "\(far.stderr)")
    }

    @Test func helpListsEveryFormat() throws {
        let help = try OctavoBinary.run(["--help"])
        let formats = try OctavoBinary.run(["--list-formats"]).output
        let outputs = formats.split(separator: "\n").drop { !$0.hasPrefix("Output formats") }.dropFirst()
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(outputs.count >= 7)
        #expect(help.output.contains("-t " + outputs.joined(separator: "|")), "\(help.output)")
    }
}

