import Foundation
import Testing

/// `--output-dir`, several `-t` and `--jobs` through the built binary, over a copy of
/// the fixture site's posts with part of them moved into a subfolder.
@Suite struct BatchCommandTests {
    /// A workspace holding `posts/`, with the 2020 posts in `posts/2020/`.
    private func posts() throws -> Workspace {
        let workspace = try Workspace()
        try TestData.copySitePosts(into: workspace)
        let posts = workspace.url.appendingPathComponent("posts")
        let year = posts.appendingPathComponent("2020")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: posts.path) where name.hasPrefix("2020-") {
            try FileManager.default.moveItem(at: posts.appendingPathComponent(name), to: year.appendingPathComponent(name))
        }
        return workspace
    }

    /// Every file below `folder` by relative path, with its bytes.
    private func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let name = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: url)
            }
        }
        return files
    }

    private func postCount(_ folder: URL) throws -> Int {
        try tree(folder).keys.filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.count
    }

    @Test func oneAndFourJobsWriteIdenticalTrees() throws {
        let workspace = try posts()
        let one = try OctavoBinary.run(["-t", "html", "--output-dir", "one", "--jobs", "1", "posts"], in: workspace.url)
        let four = try OctavoBinary.run(["-t", "html", "--output-dir", "four", "--jobs", "4", "posts"], in: workspace.url)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(four.status == one.status)
        #expect(four.stderr == one.stderr)
        let first = try tree(workspace.url.appendingPathComponent("one"))
        #expect(first.count == (try postCount(workspace.url.appendingPathComponent("posts"))))
        #expect(first.keys.contains { $0.hasPrefix("2020/") && $0.hasSuffix(".html") })
        #expect(first.keys.allSatisfy { $0.hasSuffix(".html") })
        #expect(try tree(workspace.url.appendingPathComponent("four")) == first)
    }

    /// A book per post goes with the other per-post formats: each post is parsed once
    /// and gets the same files as each format alone gives it.
    @Test func booksPerPostGoWithTheOtherFormats() throws {
        let workspace = try posts()
        let together = try OctavoBinary.run(["-t", "json", "-t", "epub", "--jobs", "2", "--output-dir", "together", "posts"], in: workspace.url)
        let json = try OctavoBinary.run(["-t", "json", "--output-dir", "alone", "posts"], in: workspace.url)
        let books = try OctavoBinary.run(["-t", "epub", "--output-dir", "alone", "posts"], in: workspace.url)
        #expect(together.status == books.status && json.status == 0, "\(together.stderr)")
        let files = try tree(workspace.url.appendingPathComponent("together"))
        #expect(files.keys.filter { $0.hasSuffix(".epub") }.count == (try postCount(workspace.url.appendingPathComponent("posts"))))
        #expect(files == (try tree(workspace.url.appendingPathComponent("alone"))))
    }

    /// Each run's two workers compile their first schema at about the same moment,
    /// which once made libxml2 fail one compilation now and then (its datatype tables
    /// were built on first use without a lock) and drop that post's XHTML.
    @Test func freshProcessesWithTwoWorkersWriteEveryOutput() throws {
        let workspace = try posts()
        let expected = try postCount(workspace.url.appendingPathComponent("posts")) * 2
        for round in 1...60 {
            let folder = "out\(round)"
            let run = try OctavoBinary.run(["-t", "json", "-t", "xhtml", "--jobs", "2", "--output-dir", folder, "posts"], in: workspace.url)
            #expect(run.status == 0, "round \(round): \(run.stderr)")
            #expect(try tree(workspace.url.appendingPathComponent(folder)).count == expected, "round \(round)")
            if run.status != 0 { break }
        }
    }

    @Test func aSecondRunLeavesEveryFileAlone() throws {
        let workspace = try posts()
        let arguments = ["-t", "json", "--output-dir", "out", "--jobs", "4", "posts"]
        #expect(try OctavoBinary.run(arguments, in: workspace.url).status == 0)
        let out = workspace.url.appendingPathComponent("out")
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        let names = try tree(out).keys.sorted()
        for name in names {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: out.appendingPathComponent(name).path)
        }
        #expect(try OctavoBinary.run(arguments, in: workspace.url).status == 0)
        for name in names {
            let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)
            #expect(attributes[.modificationDate] as? Date == past, "\(name) was rewritten")
        }
        #expect(try tree(out).keys.sorted() == names)
    }

    @Test func severalFormatsComeFromOneRun() throws {
        let workspace = try posts()
        let run = try OctavoBinary.run(["-t", "json", "-t", "html", "--output-dir", "out", "posts"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try tree(workspace.url.appendingPathComponent("out"))
        let html = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        let json = files.keys.filter { $0.hasSuffix(".json") }.sorted()
        #expect(html.count == (try postCount(workspace.url.appendingPathComponent("posts"))))
        #expect(html.map { $0.dropLast(5) } == json.map { $0.dropLast(5) })
        #expect(html.count + json.count == files.count)
        let post = try #require(try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("posts/2020").path).sorted().first)
        let single = try OctavoBinary.run(["-t", "json", "posts/2020/" + post], in: workspace.url)
        let slug = post.split(separator: "-").dropFirst(3).joined(separator: "-").split(separator: ".").dropLast().joined(separator: ".")
        let written = try #require(files["2020/\(slug).json"])
        let same = single.stdout == Array(written)
        #expect(same, "2020/\(slug).json differs from converting \(post) alone")
    }

    @Test func standardOutputAndCollectionsAreTheSameForAnyNumberOfJobs() throws {
        let workspace = try posts()
        for format in ["json", "opml", "bibtex"] {
            let one = try OctavoBinary.run(["-t", format, "--jobs", "1", "posts"], in: workspace.url)
            let four = try OctavoBinary.run(["-t", format, "--jobs", "4", "posts"], in: workspace.url)
            #expect(one.status == 0, "\(format): \(one.stderr)")
            #expect(!one.stdout.isEmpty)
            #expect(four.stdout == one.stdout, "\(format)")
            #expect(four.stderr == one.stderr, "\(format)")
        }
    }

    @Test func standardInputIsWrittenUnderItsStandInName() throws {
        let workspace = try Workspace()
        let run = try OctavoBinary.run(["-t", "html", "--output-dir", "out", "--stdin-name", "2020-1-2-hello.md"],
                                       stdin: Array("# Hi\n".utf8), in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try workspace.read("out/hello.html") == "<h1 id=\"hi\">Hi</h1>\n")
    }

    @Test func collidingAndSelfOverwritingOutputsFailWhileTheOthersAreWritten() throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "---\nslug: same\n---\nA\n")
        try workspace.write("b.md", "---\nslug: same\n---\nB\n")
        try workspace.write("c.md", "C\n")
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.url.appendingPathComponent("out/c.html").path,
                                                   withDestinationPath: "../c.md")
        let run = try OctavoBinary.run(["-t", "html", "--output-dir", "out", "a.md", "b.md", "c.md"], in: workspace.url)
        #expect(run.status == 1)
        #expect(run.stderr == """
            c.md:1:1: error: output out/c.html is the input c.md; not overwritten

            """)
        #expect(try workspace.read("out/same.html") == "<p>A</p>\n")
        #expect(try workspace.read("out/b.html") == "<p>B</p>\n", "a second post with the slug is named by its file")
        #expect(try workspace.read("c.md") == "C\n")
    }

    @Test(arguments: [
        ["-t", "html", "-o", "out.html", "--output-dir", "out", "a.md"],
        ["-t", "html", "-t", "json", "a.md"],
        ["-t", "html", "-t", "opml", "--output-dir", "out", "a.md"],
        ["-t", "opml", "--output-dir", "out", "a.md"],
        ["-t", "html", "--output-dir", "out"],
        ["-t", "html", "--output-dir", "out", "-", "a.md"],
        ["-t", "html", "--jobs", "0", "a.md"],
    ])
    func usageErrorsExitWithStatusTwo(arguments: [String]) throws {
        let workspace = try Workspace()
        try workspace.write("a.md", "# A\n")
        let run = try OctavoBinary.run(arguments, in: workspace.url)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("Error: "))
        #expect(try workspace.names() == ["a.md"])
    }
}
