import Testing
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// Keeps everything written, in one array.
private struct CollectingSink: OutputSink {
    var bytes: [UInt8] = []
    var finished = false

    mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        self.bytes.append(contentsOf: bytes)
    }

    mutating func finish() throws(OutputError) {
        finished = true
    }
}

/// Writes the sources it was given, one per line.
private struct SourceListWriter: CollectionWriter {
    static let format = "source-list"
    static let summary = "the sources, one a line"
    static let fileExtension = "txt"
    static let schemaName: String? = nil
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
    static let schemaName: String? = "opml-2.0.rng"
    static let readsBookmarkURLs = true

    init(options: WriterOptions) {}

    func write(_ documents: [Document], to output: inout [UInt8]) {
        output.append(contentsOf: Array("<opml version=\"2.0\">\n<head/>\n<body><outline/></body>\n</opml>\n".utf8))
    }
}

@Suite struct CollectionBatchTests {
    @Test func writesOneOutputForEveryGoodInputAndReportsTheBadOnes() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let missing = folder.path("missing.md")
        let last = try folder.write("c.md", "# C\n")
        var sink = CollectingSink()
        var messages: [Diagnostic] = []
        let batch = CollectionBatch(reader: .gfm, writer: SourceListWriter(options: .init()), inputs: Input.list([first, missing, last]))
        let outcome = batch.run(into: &sink, outputPath: "out.txt") { messages.append($0) }
        #expect(outcome == .failed)
        #expect(sink.bytes == Array("\(first)\n\(last)\n".utf8))
        #expect(sink.finished)
        #expect(messages.count == 1)
    }

    @Test func invalidXMLIsAnErrorAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# A\n")
        var sink = CollectingSink()
        var messages: [Diagnostic] = []
        let batch = CollectionBatch(reader: .gfm, writer: BrokenOPMLWriter(options: .init()), inputs: Input.list([post]))
        let outcome = batch.run(into: &sink, outputPath: "out.opml") { messages.append($0) }
        #expect(outcome == .failed)
        #expect(sink.bytes.isEmpty)
        #expect(!sink.finished)
        let first = try #require(messages.first)
        #expect(first.description.hasPrefix("out.opml:3:"))
        #expect(first.message.contains("schemas/opml-2.0.rng"))
    }

    @Test func folderNameOfInputsInOneFolder() {
        #expect(Input.folderName(of: Input.list(["posts/a.md", "posts/b.md"])) == "posts")
        #expect(Input.folderName(of: Input.list(["x/posts/a.md"])) == "posts")
        #expect(Input.folderName(of: Input.list(["a/a.md", "b/b.md"])) == nil)
        #expect(Input.folderName(of: Input.list([])) == nil)
    }
}
