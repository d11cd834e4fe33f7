import Foundation
import Testing

/// Jekyll posts through the built binary: the default reader, and invalid front matter.
@Suite struct JekyllCommandTests {
    @Test func invalidFrontMatterSkipsThatPostAndConvertsTheOthers() throws {
        let workspace = try Workspace()
        try workspace.write("2015-1-4-a.md", "---\ntitle: A\n---\n# A\n")
        try workspace.write("2015-1-5-bad.md", "---\ntitle: ok\ncategory: x: y\n---\n# Bad\n")
        try workspace.write("c.md", "# C\n")
        let run = try OctavoBinary.run(["-t", "html", "2015-1-4-a.md", "2015-1-5-bad.md", "c.md"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("2015-1-5-bad.md:3:12: error: invalid YAML in front matter: "), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(run.output == "<h1 id=\"a\">A</h1>\n<h1 id=\"c\">C</h1>\n")
    }

    @Test func aDateThatIsNoDateIsAWarningAndTheFileNameGivesTheDate() throws {
        let workspace = try Workspace()
        try workspace.write("2015-1-4-a.md", "---\ntitle: A\ndate: someday\n---\n# A\n")
        try workspace.write("2015-1-5-b.md", "---\ntitle: B\ndate: 2015-01-05 +0800\n---\n# B\n")
        let run = try OctavoBinary.run(["-t", "json", "--output-dir", "out", "2015-1-4-a.md", "2015-1-5-b.md"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "2015-1-4-a.md:3:7: warning: `date` is not a date: \"someday\" (expected YYYY-MM-DD, optionally with HH:MM:SS and a zone); the file name's date is used\n")
        #expect(try workspace.read("out/a.json").contains(#""date":"2015-01-04""#))
        #expect(try workspace.read("out/b.json").contains(#""date":"2015-01-05T00:00+08:00""#))
        let strict = try OctavoBinary.run(["--strict", "-t", "json", "2015-1-4-a.md"], in: workspace.url)
        #expect(strict.status == 1)
    }

    @Test func aFrontMatterOfNestedAliasesIsRefusedAndTheOthersConvert() throws {
        let workspace = try Workspace()
        var lines = ["---", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (name, previous) in zip(["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"]) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
        }
        try workspace.write("2020-1-1-bomb.md", (lines + ["---", "Body"]).joined(separator: "\n") + "\n")
        let posts = try TestData.sitePosts
        let run = try OctavoBinary.run(["-t", "json", "--output-dir", "out", "2020-1-1-bomb.md"] + posts, in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("2020-1-1-bomb.md:"), "\(run.stderr)")
        #expect(run.stderr.contains("front matter too large"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("out").path).count == posts.count)
    }

    /// A post with `published: false` is left out of every output, as Jekyll leaves it
    /// out of the site, without an error; `--unpublished` converts it too.
    @Test func unpublishedPostsAreLeftOutUnlessAskedFor() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("posts"), withIntermediateDirectories: true)
        try workspace.write("posts/2020-1-1-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n\nhttps://example.org/hidden\n\nHidden link\n")
        try workspace.write("posts/2020-1-2-shown.md", "---\ntitle: Shown\npublished: \"false\"\n---\n\nShown text.\n")
        let html = try OctavoBinary.run(["-t", "html", "posts"], in: workspace.url)
        #expect(html.status == 0 && html.stderr.isEmpty, "\(html.stderr)")
        #expect(html.output == "<p>Shown text.</p>\n")
        let streamed = try OctavoBinary.run(["-t", "json", "--jobs", "1", "posts"], in: workspace.url)
        #expect(streamed.status == 0 && !streamed.output.contains("Hidden"))
        let folder = try OctavoBinary.run(["-t", "html", "-t", "json", "--output-dir", "out", "posts"], in: workspace.url)
        #expect(folder.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("out").path).sorted()
            == ["shown.html", "shown.json"])
        let opml = try OctavoBinary.run(["-t", "opml", "posts"], in: workspace.url)
        #expect(opml.status == 0 && !opml.output.contains("hidden"))
        let book = try OctavoBinary.run(["-t", "epub", "-o", "book.epub", "posts"], in: workspace.url)
        #expect(book.status == 0, "\(book.stderr)")
        #expect(try EPUBBook(workspace.url.appendingPathComponent("book.epub")).chapterPaths.count == 1)
        let all = try OctavoBinary.run(["-t", "html", "--unpublished", "posts"], in: workspace.url)
        #expect(all.status == 0 && all.output.contains("Hidden link") && all.output.contains("Shown text."))
    }

    @Test func jekyllIsTheDefaultForFilesAndStandardInput() throws {
        let workspace = try Workspace()
        let post = "---\ntitle: 深度学习\ncategories: DL ML\n---\n\nBody\n"
        try workspace.write("2026-7-9-Russia_12.markdown", post)
        let file = try OctavoBinary.run(["-t", "json", "2026-7-9-Russia_12.markdown"], in: workspace.url)
        #expect(file.status == 0)
        #expect(file.stderr.isEmpty)
        #expect(file.output.hasPrefix(#"{"version":1,"metadata":{"source":"2026-7-9-Russia_12.markdown","title":"深度学习","date":"2026-07-09","slug":"Russia_12","categories":["DL","ML"],"dialect":"kramdown"},"blocks":[{"type":"paragraph","range":{"start":{"line":6,"#))
        let standardInput = try OctavoBinary.run(["-t", "html"], stdin: Array(post.utf8))
        #expect(standardInput.status == 0)
        #expect(standardInput.output == "<p>Body</p>\n")
        let asGFM = try OctavoBinary.run(["-f", "gfm", "-t", "html"], stdin: Array(post.utf8))
        #expect(asGFM.output.hasPrefix("<hr />\n"))
    }
}

/// A blog folder as input, and standard input standing for a named post.
@Suite struct FolderInputCommandTests {
    @Test func convertsEveryPostOfAFolderInOrder() throws {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("_posts/old"), withIntermediateDirectories: true)
        try workspace.write("_posts/2026-1-2-b.md", "# B\n")
        try workspace.write("_posts/old/2015-1-4-a.md", "# A\n")
        let run = try OctavoBinary.run(["-t", "html", "_posts"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output == "<h1 id=\"b\">B</h1>\n<h1 id=\"a\">A</h1>\n")
    }

    @Test func standardInputTakesItsDateFromTheGivenName() throws {
        let run = try OctavoBinary.run(["-t", "json", "--stdin-name", "_posts/2026-7-9-Russia_12.md"], stdin: Array("Text\n".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains(#""metadata":{"source":"_posts/2026-7-9-Russia_12.md","date":"2026-07-09","slug":"Russia_12","dialect":"kramdown"}"#))
    }
}
