import Foundation
import Testing
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// A second per-post format, to check one parse feeding several writers.
private struct TitleWriter: Writer {
    static let format = "title"
    static let summary = "the post's title and a line feed"
    static let fileExtension = "title"

    init(options: WriterOptions) {}

    func rendering(_ document: Document) -> WriterOutput {
        WriterOutput(bytes: Array(((document.metadata.title ?? "?") + "\n").utf8))
    }
}

/// A file per post and format below an output folder.
@Suite struct PostsToFolderTests {
    private func tree(_ folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let name = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        return files
    }

    private func run(_ inputs: [Input], writers: [any Writer], folder: String, strict: Bool = false, jobs: Int = 1)
        -> (outcome: BatchOutcome, messages: [Diagnostic]) {
        var mode = PostsToFolder(folder: folder, writers: writers, inputs: inputs)
        var messages: [Diagnostic] = []
        let outcome = Batch(reader: .jekyll, inputs: inputs, strict: strict, jobs: jobs).run(&mode) { messages.append($0) }
        return (outcome, messages)
    }

    @Test(arguments: [1, 3])
    func writesOneFilePerWriterKeepingTheLayout(jobs: Int) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("posts/2020"), withIntermediateDirectories: true)
        try folder.write("posts/a.md", "---\ntitle: A\nslug: first\n---\nText\n")
        try folder.write("posts/2020/2020-1-2-b.md", "---\ntitle: B\n---\nText\n")
        let out = folder.path("out")
        let result = run(InputExpansion().inputs([folder.path("posts")]), writers: [SourceNameWriter(options: .init()), TitleWriter(options: .init())],
                         folder: out, jobs: jobs)
        #expect(result.outcome == .succeeded)
        #expect(result.messages.isEmpty)
        #expect(try tree(URL(fileURLWithPath: out)) == [
            "first.txt": folder.path("posts/a.md") + "\n", "first.title": "A\n",
            "2020/b.txt": folder.path("posts/2020/2020-1-2-b.md") + "\n", "2020/b.title": "B\n",
        ])
    }

    @Test func aBadInputFailsWhileTheOthersAreWrittenAndASharedSlugFallsBackToTheFileName() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "---\nslug: same\n---\nA\n")
        let second = try folder.write("b.md", "---\nslug: same\n---\nB\n")
        let third = try folder.write("c.md", "C\n")
        let missing = folder.path("missing.md")
        let out = folder.path("out")
        let result = run(Input.list([first, missing, second, third]), writers: [SourceNameWriter(options: .init())], folder: out, jobs: 2)
        #expect(result.outcome == .failed)
        #expect(result.messages.map(\.description) == ["\(missing):1:1: error: cannot read file: No such file or directory"])
        #expect(try tree(URL(fileURLWithPath: out)) == ["same.txt": first + "\n", "b.txt": second + "\n", "c.txt": third + "\n"])
    }

    @Test func theOtherFormatsOfAPostWhoseOutputFailsAreWritten() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("2020-1-2-post.md", "# Post\n")
        let result = run([Input(argument: input)], writers: [InvalidXHTMLWriter(options: .init()), SourceNameWriter(options: .init())],
                         folder: folder.path("out"))
        #expect(result.outcome == .failed)
        #expect(result.messages.contains { $0.path == input && $0.severity == .error })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == ["post.txt"])
    }

    @Test func strictLeavesOutOnlyTheOutputWhoseWriterWarned() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("2020-1-2-post.md", "# Post\n")
        let result = run([Input(argument: input)], writers: [WarningWriter(options: .init()), TitleWriter(options: .init())],
                         folder: folder.path("out"), strict: true)
        #expect(result.outcome == .failed)
        #expect(result.messages.map(\.severity) == [.error])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == ["post.title"])
    }
}
