import Foundation
import Testing

/// Posts with items no collection output can hold as written: a bookmark whose URL is
/// not a URL, a missing image, an image outside the site root, an unsafe link, a title
/// that is a control character, a title and bookmark with noncharacters, and raw HTML
/// nested past the depth a reader allows. Each output leaves out or repairs the item
/// with one warning at its line and column, and is written and valid all the same.
struct BadItems {
    /// One warning: the post's file name, line, column and a part of its message.
    struct Warning: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var message: String

        var description: String { "\(file):\(line):\(column): warning: …\(message)…" }
    }

    /// The folder that holds the bad posts.
    let folder: URL

    /// The bad posts, by path.
    var posts: [String] {
        get throws { try TestData.posts(in: folder) }
    }

    /// Writes the bad posts into `bad` in `workspace`.
    init(in workspace: Workspace) throws {
        folder = workspace.url.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "2024-01-01-bad-items.md": """
                ---
                title: Bad items
                ---

                [x](http://[::1/)

                https://example.com/good
                A good bookmark

                An image that is missing: ![gone](/images/missing.png)

                An image from outside: ![out](../../outside.png)

                An unsafe link <a href="javascript:alert(1)" onclick="x()">click</a>.

                """,
            "2024-01-02-control-title.md": "---\ntitle: \"\\x01\"\n---\n\nBody text.\n",
            "2024-01-03-deep-html.md": "---\ntitle: Deep\n---\n\nPara " + String(repeating: "<span>", count: 300) + "deep "
                + String(repeating: "</span>", count: 300) + " end.\n\n" + String(repeating: "<table><tr><td>", count: 64) + "x"
                + String(repeating: "</td></tr></table>", count: 64) + "\n",
            "2024-01-04-odd-characters.md": "---\ntitle: \"Odd \\uFFFF title\"\n---\n\nhttps://example.org/odd\nA title with \u{FFFF} in it\n\n"
                + "A note with \u{FFFE} and \u{3} in it.\n",
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    /// The warnings of the front matter, which every output gives.
    static let titleWarnings = [
        Warning(file: "2024-01-02-control-title.md", line: 2, column: 8,
                message: "`title` has no text, only characters no document can hold (U+0001); the post is untitled"),
        Warning(file: "2024-01-04-odd-characters.md", line: 2, column: 8,
                message: "`title` has characters no document can hold (U+FFFF); they are left out"),
    ]

    /// What OPML and BibLaTeX, which carry bookmarks and not the posts' bodies, warn of.
    static let bookmarkWarnings = titleWarnings + [
        Warning(file: "2024-01-01-bad-items.md", line: 5, column: 1, message: "bookmark left out: \"http://[::1/\" is not a URL"),
    ]

    /// What a book, which carries the posts' bodies and images, warns of.
    static let bookWarnings = titleWarnings + [
        Warning(file: "2024-01-01-bad-items.md", line: 5, column: 1, message: "dropped a link to \"http://[::1/\", which is not a URL"),
        Warning(file: "2024-01-01-bad-items.md", line: 10, column: 1, message: "image /images/missing.png not found"),
        Warning(file: "2024-01-01-bad-items.md", line: 12, column: 1, message: "image ../../outside.png is outside the site root"),
        Warning(file: "2024-01-01-bad-items.md", line: 14, column: 1,
                message: "dropped a javascript: address, the onclick attribute from raw HTML"),
        Warning(file: "2024-01-03-deep-html.md", line: 5, column: 1,
                message: "dropped what is nested more than 256 elements deep in the page from raw HTML"),
        Warning(file: "2024-01-03-deep-html.md", line: 7, column: 1,
                message: "dropped what is nested more than 256 elements deep in the page from raw HTML"),
    ]

    /// Writes the OPML, the BibLaTeX and a book of `posts` and the bad posts, and checks
    /// that each is written, valid (`octavo validate` and jing, biber, EPUBCheck) and
    /// warns exactly once of each bad item. `siteRoot` is the book's site root.
    func checkOutputs(with posts: [String], siteRoot: String) throws {
        let workspace = try Workspace()
        let inputs = posts + (try self.posts)

        let opml = workspace.url.appendingPathComponent("reading.opml")
        let opmlRun = try OctavoBinary.run(["-t", "opml", "-o", opml.path] + inputs)
        #expect(opmlRun.status == 0, "\(opmlRun.stderr)")
        check(opmlRun.stderr, against: Self.bookmarkWarnings)
        let opmlText = try String(contentsOf: opml, encoding: .utf8)
        #expect(opmlText.contains("url=\"https://example.com/good\"") && opmlText.contains("url=\"https://example.org/odd\""))
        #expect(!opmlText.contains("::1"))
        let validate = try OctavoBinary.run(["validate", opml.path])
        #expect(validate.status == 0 && validate.stderr.isEmpty, "\(validate.stderr)")
        let schema = OctavoBinary.packageRoot.appendingPathComponent("schemas/opml-2.0.rng").path
        let jing = try ExternalTool.run(["jing", schema, opml.path])
        #expect(jing.status == 0, "\(jing.output)")

        let bibliography = workspace.url.appendingPathComponent("reading.bib")
        let bibRun = try OctavoBinary.run(["-t", "biblatex", "-o", bibliography.path] + inputs)
        #expect(bibRun.status == 0, "\(bibRun.stderr)")
        check(bibRun.stderr, against: Self.bookmarkWarnings)
        let bibText = try String(contentsOf: bibliography, encoding: .utf8)
        #expect(bibText.contains("url = {https://example.com/good}") && bibText.contains("url = {https://example.org/odd}"))
        let biber = try ExternalTool.run(["biber", "--tool", "--validate-datamodel", bibliography.lastPathComponent], in: workspace.url)
        #expect(biber.status == 0, "\(biber.output.suffix(2000))")
        let biberLines = biber.output.split(separator: "\n")
        #expect(biberLines.contains { $0.contains("Datamodel validation complete") }, "\(biber.output.suffix(2000))")
        let problems = biberLines.filter {
            ($0.hasPrefix("WARN") || $0.hasPrefix("ERROR")) && !$0.contains(BibliographyCommandTests.allowedWarning)
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")

        let book = workspace.url.appendingPathComponent("book.epub")
        let bookRun = try OctavoBinary.run(["-t", "epub", "--site-root", siteRoot, "-o", book.path] + inputs)
        #expect(bookRun.status == 0, "\(bookRun.stderr)")
        check(bookRun.stderr, against: Self.bookWarnings)
        try EPUBCommandTests.checkBooks([book])
        #expect(try EPUBBook(book).chapterPaths.count == inputs.count)
    }

    /// `stderr` has no error, and its messages about the bad posts are `expected`, each once.
    private func check(_ stderr: String, against expected: [Warning]) {
        let lines = stderr.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.contains(": error: ") }, "\(stderr)")
        let prefix = folder.path + "/"
        let about = lines.filter { $0.hasPrefix(prefix) }
        #expect(about.count == expected.count, "\(about.joined(separator: "\n"))")
        for warning in expected {
            let start = "\(prefix)\(warning.file):\(warning.line):\(warning.column): warning: "
            let matching = about.filter { $0.hasPrefix(start) && $0.contains(warning.message) }
            #expect(matching.count == 1, "\(warning) in:\n\(about.joined(separator: "\n"))")
        }
    }
}

/// The bad posts among the fixture site's.
@Suite struct BadItemCommandTests {
    @Test func eachBadItemCostsOnlyItselfInOPMLBibLaTeXAndABook() throws {
        let workspace = try Workspace()
        try BadItems(in: workspace).checkOutputs(with: try TestData.sitePosts, siteRoot: TestData.site.path)
    }
}

/// The bad posts among the sample corpus.
@Suite struct BadItemCommandCorpusTests {
    @Test func eachBadItemCostsOnlyItselfAmongTheSampleCorpus() throws {
        let workspace = try Workspace()
        try BadItems(in: workspace).checkOutputs(with: try TestData.sharedPosts("corpus/posts"),
                                                 siteRoot: TestData.sharedFolder.appendingPathComponent("corpus/site").path)
    }
}
