import Foundation
import Testing

/// samples/Makefile run with make over a temporary copy of samples/, with OCTAVO set
/// to the built binary. A missing make fails the test.
@Suite struct SampleMakefileTests {
    /// A workspace holding the sample posts and the Makefile.
    private func samples() throws -> (Workspace, [String]) {
        let workspace = try Workspace()
        let folder = OctavoBinary.packageRoot.appendingPathComponent("samples")
        let posts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(!posts.isEmpty)
        for name in posts + ["Makefile", "images"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: workspace.url.appendingPathComponent(name))
        }
        return (workspace, posts)
    }

    private func make(_ arguments: [String], in workspace: Workspace) throws -> ExternalTool.Result {
        try ExternalTool.run(["make"] + arguments + ["OCTAVO=\(OctavoBinary.url.path)"], in: workspace.url)
    }

    @Test func buildsEverythingInParallelThenNothing() throws {
        let (workspace, posts) = try samples()
        let first = try make(["-j2"], in: workspace)
        #expect(first.status == 0, "\(first.output)")
        let json = posts.map { String($0.dropLast(3)) + ".json" }
        let names = try workspace.names()
        for name in json + ["reading.opml", "reading.bib", "reading.opml.d", "reading.bib.d", "samples.epub", "samples.epub.d"] {
            #expect(names.contains(name), "\(name) missing after make -j2")
        }
        #expect(try workspace.read("reading.opml.d").hasPrefix("reading.opml: " + posts.joined(separator: " ") + "\n"))
        let image = workspace.url.appendingPathComponent("images/page.png").resolvingSymlinksInPath().path
        #expect(try workspace.read("samples.epub.d").hasPrefix("samples.epub: " + posts.joined(separator: " ") + " " + image + "\n"))
        let second = try make([], in: workspace)
        #expect(second.status == 0)
        #expect(second.output.contains("Nothing to be done"), "\(second.output)")
    }

    @Test func aChangedPostRebuildsOnlyWhatReadsIt() throws {
        let (workspace, posts) = try samples()
        #expect(try make(["-j2"], in: workspace).status == 0)
        let post = try #require(posts.first)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: workspace.url.appendingPathComponent(post).path)
        let plan = try make(["-n"], in: workspace)
        #expect(plan.status == 0)
        let commands = plan.output.split(separator: "\n").filter { $0.contains(" -o ") }
        let targets = Set(commands.compactMap { line in
            line.split(separator: " ").drop { $0 != "-o" }.dropFirst().first.map(String.init)
        })
        #expect(targets == [String(post.dropLast(3)) + ".json", "reading.opml", "reading.bib", "samples.epub"], "\(plan.output)")
    }

    @Test func aChangedImageRebuildsOnlyTheBook() throws {
        let (workspace, _) = try samples()
        #expect(try make(["-j2"], in: workspace).status == 0)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)],
                                              ofItemAtPath: workspace.url.appendingPathComponent("images/page.png").path)
        let plan = try make(["-n"], in: workspace)
        #expect(plan.status == 0)
        let commands = plan.output.split(separator: "\n").filter { $0.contains(" -o ") }
        #expect(commands.count == 1 && commands[0].contains("-o samples.epub"), "\(plan.output)")
    }
}
