import Foundation
import Testing

/// `-t pandoc-json`, `csljson`, `ris` and `bookmarks` on the fixture site, read by
/// pandoc, jsonschema, citeproc-py, rispy and buku (see `ExchangeFormatChecks`).
@Suite struct ExchangeFormatCommandTests {
    @Test func pandocWritesDocxFromEveryPostAndKeepsEveryElement() throws {
        let outcome = try ExchangeFormatChecks.pandoc(try TestData.sitePosts)
        #expect(outcome.problems.isEmpty, "\(outcome.problems.joined(separator: "\n"))")
        #expect(outcome.posts == 10)
        #expect(outcome.docx == outcome.posts)
        #expect(outcome.headers > 0 && outcome.links > 0 && outcome.images > 0 && outcome.math > 0)
    }

    /// The writer's golden files hold every kind of block and inline (definition lists,
    /// abbreviations, attributed spans, task lists, tables, notes): pandoc reads them all.
    @Test func pandocReadsEveryKindOfNode() throws {
        let workspace = try Workspace()
        for name in ["sample-document.pandoc.json", "samples.pandoc.json"] {
            let golden = OctavoBinary.packageRoot.appendingPathComponent("Tests/OctavoWritersTests/Golden/\(name)").path
            let result = try ExternalTool.python("""
                import subprocess, sys, pypandoc
                subprocess.run([pypandoc.get_pandoc_path(), "-f", "json", "-o", sys.argv[2], sys.argv[1]], check=True)
                """, [golden, workspace.url.appendingPathComponent(name + ".docx").path])
            #expect(result.status == 0, "\(name): \(result.output)")
        }
    }

    /// The issue's pipe: `octavo -t pandoc-json post.md | pandoc -f json -o post.docx`.
    @Test func pandocReadsThePipe() throws {
        let workspace = try Workspace()
        let pandoc = try ExternalTool.python("import pypandoc; print(pypandoc.get_pandoc_path())", [])
        #expect(pandoc.status == 0, "\(pandoc.output)")
        let post = TestData.site.appendingPathComponent("_posts/2020-01-15-least-squares.md").path
        let status = try OctavoBinary.shell(
            "set -e; \"$OCTAVO\" -t pandoc-json '\(post)' | '\(pandoc.output.trimmingCharacters(in: .whitespacesAndNewlines))' -f json -o post.docx",
            in: workspace.url)
        #expect(status == 0)
        #expect(try workspace.names().contains("post.docx"))
    }

    @Test func onlyPandocJSONOfTheCollectionFormatsWritesAFilePerPost() throws {
        let workspace = try Workspace()
        let posts = try TestData.sitePosts
        for format in ["csljson", "ris", "bookmarks"] {
            let run = try OctavoBinary.run(["-t", format, "--output-dir", workspace.url.appendingPathComponent(format).path] + posts)
            #expect(run.status == 2, "\(format)")
            #expect(run.stderr.contains("-t \(format) writes one output for all inputs"), "\(run.stderr)")
        }
        let run = try OctavoBinary.run(["-t", "pandoc-json", "--output-dir", workspace.url.appendingPathComponent("pandoc").path] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.subpathsOfDirectory(atPath: workspace.url.appendingPathComponent("pandoc").path)
            .filter { $0.hasSuffix(".pandoc.json") }.count == posts.count)
    }

    /// Octavo's JSON and pandoc's are both JSON, but each post gets a file of each.
    @Test func jsonAndPandocJSONGoInOneFolderSideBySide() throws {
        let workspace = try Workspace()
        let post = TestData.site.appendingPathComponent("_posts/2020-01-15-least-squares.md").path
        let folder = workspace.url.appendingPathComponent("out")
        let run = try OctavoBinary.run(["-t", "json", "-t", "pandoc-json", "--output-dir", folder.path, post])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("already written"), "\(run.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["least-squares.json", "least-squares.pandoc.json"])
        let pandoc = try Data(contentsOf: folder.appendingPathComponent("least-squares.pandoc.json"))
        #expect(String(decoding: pandoc, as: UTF8.self).hasPrefix(#"{"pandoc-api-version":"#))
    }

    /// The pandoc document holds the text, not the reading list: a link that is no URL
    /// is kept as written and is nothing to warn about, with `--strict` too.
    @Test func pandocJSONKeepsEveryLinkWithoutWarnings() throws {
        let workspace = try Workspace()
        try workspace.write("2020-01-01-bad.md", """
            ---
            title: Bad links
            ---

            [A local server](http://exa%20mple.com:9000/)

            A note
            """)
        let post = workspace.url.appendingPathComponent("2020-01-01-bad.md").path
        for extra in [[], ["--title", "Both"]] {
            let run = try OctavoBinary.run(["--strict", "-t", "pandoc-json"] + extra + [post, post])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "\(run.stderr)")
            #expect(run.output.contains(#"["http://exa%20mple.com:9000/",""]"#))
        }
        let single = try OctavoBinary.run(["--strict", "-t", "pandoc-json", post])
        #expect(single.status == 0 && single.stderr.isEmpty, "\(single.stderr)")
    }

    @Test func severalPostsMakeOneDocumentPandocReads() throws {
        let workspace = try Workspace()
        let posts = try TestData.sitePosts
        let run = try OctavoBinary.run(["-t", "pandoc-json", "--title", "Site", "-o", workspace.url.appendingPathComponent("all.json").path] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        let result = try ExternalTool.python("""
            import json, subprocess, sys, pypandoc
            out = subprocess.run([pypandoc.get_pandoc_path(), "-f", "json", "-t", "json", sys.argv[1]], check=True, capture_output=True, text=True).stdout
            tree = json.loads(out)
            print(sum(1 for block in tree["blocks"] if block["t"] == "Header" and block["c"][0] == 1 and "post" in block["c"][1][1]))
            """, [workspace.url.appendingPathComponent("all.json").path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == String(posts.count))
    }

    @Test func referenceManagersReadTheCSLJSONAndRIS() throws {
        let outcome = try ExchangeFormatChecks.references(try TestData.sitePosts)
        #expect(outcome.cslItems > 10)
        outcome.expectEveryItemRead()
    }

    @Test func bukuImportsOneTaggedBookmarkPerURL() throws {
        let outcome = try ExchangeFormatChecks.bookmarks(try TestData.sitePosts)
        #expect(outcome.distinctURLs > 5)
        outcome.expectOneTaggedBookmarkPerURL()
    }

    @Test func formatListHelpCompletionsAndReadmeNameTheFormats() throws {
        let formats = ["pandoc-json", "csljson", "ris", "bookmarks"]
        let list = try OctavoBinary.run(["--list-formats"]).output
        let help = try OctavoBinary.run(["convert", "--help"]).output
        let readme = try String(contentsOf: OctavoBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for format in formats {
            #expect(list.contains("\n  \(format) "), "--list-formats: \(format)")
            #expect(help.contains(format), "help: \(format)")
            #expect(readme.contains("-t \(format)"), "README: \(format)")
            for shell in ["bash", "zsh", "fish"] {
                #expect(try OctavoBinary.run(["--generate-completion-script", shell]).output.contains(format), "\(shell): \(format)")
            }
        }
        #expect(help.contains("--archive-links"))
        #expect(readme.contains("--archive-links"))
    }

    @Test func archiveLinksAppearInEveryFormatThatShowsBookmarks() throws {
        let workspace = try Workspace()
        let post = TestData.site.appendingPathComponent("_posts/2019-7-9-reading-list.md").path
        let archived = "https://web.archive.org/web/20190709/"
        for format in ["html", "xhtml", "pandoc-json", "opml", "csljson", "ris", "bookmarks"] {
            let run = try OctavoBinary.run(["-t", format, "--archive-links", post])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(run.output.contains(archived), "\(format)")
            let plain = try OctavoBinary.run(["-t", format, post])
            #expect(!plain.output.contains("web.archive.org"), "\(format)")
        }
        let book = workspace.url.appendingPathComponent("book.epub")
        let run = try OctavoBinary.run(["-t", "epub", "--archive-links", "-o", book.path, post])
        #expect(run.status == 0, "\(run.stderr)")
        let chapters = try EPUBBook(book).chapterPaths.map { try EPUBBook(book).text($0) }
        #expect(chapters.contains { $0.contains(archived) })
    }
}

/// The same checks on the shared sample corpus.
@Suite struct ExchangeFormatCommandCorpusTests {
    private var posts: [String] {
        get throws { try TestData.sharedPosts("corpus/posts") }
    }

    @Test func pandocWritesDocxFromEveryCorpusPostAndKeepsEveryElement() throws {
        let outcome = try ExchangeFormatChecks.pandoc(try posts)
        print("corpus pandoc-json: \(outcome.posts) posts, \(outcome.docx) docx; pandoc's JSON has \(outcome.headers) headers, \(outcome.links) links, \(outcome.images) images, \(outcome.math) math as the tree; \(outcome.problems.count) problems")
        #expect(outcome.problems.isEmpty, "\(outcome.problems.prefix(20).joined(separator: "\n"))")
        #expect(outcome.posts == 63)
        #expect(outcome.docx == 63)
    }

    @Test func referenceManagersReadTheCorpusCSLJSONAndRIS() throws {
        let outcome = try ExchangeFormatChecks.references(try posts)
        print("corpus csljson/ris: \(outcome.cslItems) CSL items (\(outcome.schemaErrors.count) schema errors), \(outcome.citeprocFormatted) formatted by citeproc-py, cited by pandoc: \(outcome.citedByPandoc); \(outcome.risRecords) RIS records (same URLs: \(outcome.risURLsMatch)); \(outcome.biblatexEntries) BibLaTeX entries")
        #expect(outcome.cslItems > 1000)
        outcome.expectEveryItemRead()
    }

    @Test func bukuImportsOneTaggedBookmarkPerCorpusURL() throws {
        let outcome = try ExchangeFormatChecks.bookmarks(try posts)
        print("corpus bookmarks: \(outcome.imported) imported by buku for \(outcome.distinctURLs) distinct bookmark URLs (same URLs: \(outcome.sameURLs)), \(outcome.untagged.count) without their post's tag")
        #expect(outcome.distinctURLs > 1000)
        outcome.expectOneTaggedBookmarkPerURL()
    }
}
