import Testing
import OctavoModel
import OctavoPipeline
import OctavoXML
import OctavoWriters

/// Writes the sources it was given, one per line.
private struct SourceListWriter: CollectionWriter {
    static let format = "source-list"
    static let summary = "the sources, one a line"
    static let fileExtension = "txt"
    static let schemaName: EmbeddedSchema? = nil
    static let readsBookmarkURLs = false

    init(options: WriterOptions) {}

    func write(_ documents: [Document], to output: inout [UInt8]) {
        for document in documents { output.append(contentsOf: Array(((document.metadata.source ?? "?") + "\n").utf8)) }
    }
}

/// Claims to write OPML but writes an outline without text.
private struct BrokenOPMLWriter: CollectionWriter {
    static let format = "broken-opml"
    static let summary = "invalid OPML"
    static let fileExtension = "opml"
    static let schemaName: EmbeddedSchema? = .opml2_0
    static let readsBookmarkURLs = true

    init(options: WriterOptions) {}

    func write(_ documents: [Document], to output: inout [UInt8]) {
        output.append(contentsOf: Array("<opml version=\"2.0\">\n<head/>\n<body><outline/></body>\n</opml>\n".utf8))
    }
}

/// One output of all posts: the bad ones left out, and a writer's invalid XML taken
/// for the fault in Octavo it is.
@Suite struct PostsToCollectionTests {
    private func run(_ paths: [String], writer: any CollectionWriter, outputPath: String)
        -> (outcome: BatchOutcome, sink: MemorySink, messages: [Diagnostic]) {
        var mode = PostsToCollection(writer: writer, sink: MemorySink(), outputPath: outputPath)
        var messages: [Diagnostic] = []
        let outcome = Batch(reader: .gfm, inputs: Input.list(paths)).run(&mode) { messages.append($0) }
        return (outcome, mode.sink, messages)
    }

    @Test func writesOneOutputForEveryGoodInputAndReportsTheBadOnes() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let missing = folder.path("missing.md")
        let last = try folder.write("c.md", "# C\n")
        let result = run([first, missing, last], writer: SourceListWriter(options: .init()), outputPath: "out.txt")
        #expect(result.outcome == .failed)
        #expect(result.sink.bytes == Array("\(first)\n\(last)\n".utf8))
        #expect(result.sink.finished)
        #expect(result.messages.count == 1)
    }

    @Test func invalidXMLIsAFaultInOctavoAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# A\n")
        let result = run([post], writer: BrokenOPMLWriter(options: .init()), outputPath: "out.opml")
        #expect(result.outcome == .failed)
        #expect(result.sink.chunks.isEmpty)
        #expect(!result.sink.finished)
        let first = try #require(result.messages.first)
        #expect(first.description.hasPrefix("out.opml:3:"))
        #expect(first.message.hasPrefix("internal error, a fault in Octavo and not in the posts (please report it): "))
        #expect(first.message.contains("schemas/opml-2.0.rng"))
        #expect(first.message.hasSuffix("; out.opml is not written"))
    }

    @Test func folderNameOfInputsInOneFolder() {
        #expect(Input.folderName(of: Input.list(["posts/a.md", "posts/b.md"])) == "posts")
        #expect(Input.folderName(of: Input.list(["x/posts/a.md"])) == "posts")
        #expect(Input.folderName(of: Input.list(["a/a.md", "b/b.md"])) == nil)
        #expect(Input.folderName(of: Input.list([])) == nil)
    }
}
