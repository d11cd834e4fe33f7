import Foundation
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// A writer whose output names the document's source, so tests need no real parser.
struct SourceNameWriter: Writer {
    static let format = "source-name"
    static let summary = "the source path and a line feed"
    static let fileExtension = "txt"

    init(options: WriterOptions) {}

    func rendering(_ document: Document) -> WriterOutput {
        WriterOutput(bytes: Array(((document.metadata.source ?? "?") + "\n").utf8))
    }
}

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Keeps what it is given, and can play a reader that has gone away.
struct MemorySink: OutputSink {
    var chunks: [[UInt8]] = []
    var finished = false
    var closed = false

    mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        if closed { throw .closed }
        chunks.append(bytes)
    }

    mutating func finish() throws(OutputError) {
        finished = true
    }

    /// Everything written, in one array.
    var bytes: [UInt8] { Array(chunks.joined()) }
}

/// A batch of `paths` rendered by `writer` into one memory sink: its outcome, what the
/// sink holds, and every message.
func streamed(_ paths: [String], reader: InputFormat = .gfm, writer: any Writer = SourceNameWriter(options: .init()),
              strict: Bool = false, jobs: Int = 1, sink: MemorySink = MemorySink())
    -> (outcome: BatchOutcome, sink: MemorySink, messages: [Diagnostic]) {
    let batch = Batch(reader: reader, inputs: Input.list(paths), strict: strict, jobs: jobs)
    var mode = PostsToStream(writer: writer, sink: sink, oneAtATime: batch.convertsOneAtATime)
    var messages: [Diagnostic] = []
    let outcome = batch.run(&mode) { messages.append($0) }
    return (outcome, mode.sink, messages)
}
