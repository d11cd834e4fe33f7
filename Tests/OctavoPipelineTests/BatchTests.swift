import Testing
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// The one batch driver: input order whatever the jobs, one bad input never stops the
/// others, messages located and made errors by `--strict` in one place, a closed
/// output ends the batch quietly.
@Suite struct BatchTests {
    private let invalidUTF8: [UInt8] = Array("a".utf8) + [0xFF] + Array("b\n".utf8)

    @Test func convertsEveryInputInOrder() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let second = try folder.write("b.md", "# B\n")
        let run = streamed([first, second])
        #expect(run.outcome == .succeeded)
        #expect(run.sink.chunks == [Array("\(first)\n".utf8), Array("\(second)\n".utf8)])
        #expect(run.sink.finished)
        #expect(run.messages.isEmpty)
    }

    @Test func oneMissingInputDoesNotStopTheOthers() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let missing = folder.path("missing.md")
        let last = try folder.write("c.md", "# C\n")
        let run = streamed([first, missing, last])
        #expect(run.outcome == .failed)
        #expect(run.sink.chunks.count == 2)
        #expect(run.sink.finished)
        #expect(run.messages.map(\.description) == ["\(missing):1:1: error: cannot read file: No such file or directory"])
    }

    @Test func severalJobsKeepTheOrderOfOutputsAndMessages() throws {
        let folder = try TemporaryFolder()
        var inputs: [String] = []
        for index in 0..<20 {
            inputs.append(index % 7 == 3 ? folder.path("missing-\(index).md") : try folder.write("\(index).md", "# \(index)\n"))
        }
        let run = streamed(inputs, jobs: 4)
        #expect(run.outcome == .failed)
        let written = inputs.filter { !$0.contains("missing") }
        #expect(run.sink.chunks == written.map { Array("\($0)\n".utf8) })
        #expect(run.messages.map(\.path) == inputs.filter { $0.contains("missing") })
    }

    @Test func keepsOutputWithWarnings() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("bad.md", bytes: invalidUTF8)
        let run = streamed([post])
        #expect(run.outcome == .succeeded)
        #expect(run.sink.bytes == Array("\(post)\n".utf8))
        #expect(run.messages.map(\.description) == ["\(post):1:2: warning: invalid UTF-8 byte 0xFF at byte offset 1 replaced by U+FFFD"])
    }

    @Test func strictTurnsWarningsIntoErrorsAndDropsTheOutput() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("bad.md", bytes: invalidUTF8)
        let good = try folder.write("good.md", "# Good\n")
        let run = streamed([post, good], strict: true)
        #expect(run.outcome == .failed)
        #expect(run.sink.bytes == Array("\(good)\n".utf8))
        #expect(run.messages.map(\.severity) == [.error])
    }

    @Test func strictTurnsWriterWarningsIntoErrorsAndDropsTheOutput() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# A\n")
        let lenient = streamed([post], writer: WarningWriter(options: .init()))
        #expect(lenient.outcome == .succeeded)
        #expect(lenient.messages.map(\.description) == ["\(post):3:1: warning: dropped <script> from raw HTML"])
        let strict = streamed([post], writer: WarningWriter(options: .init()), strict: true)
        #expect(strict.outcome == .failed)
        #expect(strict.sink.chunks.isEmpty)
        #expect(strict.messages.map(\.severity) == [.error])
    }

    @Test func reportsAReaderDiagnosticAsIs() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("x.json", "{")
        let diagnostic = Diagnostic(.error, path: path, position: SourcePosition(line: 2, column: 5), message: "expected a value")
        let failing = InputFormat(name: "failing", summary: "always fails") { _, _ in throw diagnostic }
        let run = streamed([path], reader: failing)
        #expect(run.outcome == .failed)
        #expect(run.sink.chunks.isEmpty)
        #expect(run.messages == [diagnostic])
    }

    @Test func reportsOtherReaderErrorsAtLineOne() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "broken input" } }
        let folder = try TemporaryFolder()
        let path = try folder.write("x", "x")
        let failing = InputFormat(name: "failing", summary: "always fails") { _, _ in throw Broken() }
        #expect(streamed([path], reader: failing).messages.map(\.description) == ["\(path):1:1: error: broken input"])
    }

    @Test func aPostLeftOutIsNoFailure() throws {
        let folder = try TemporaryFolder()
        let hidden = try folder.write("2020-01-01-hidden.md", "---\npublished: false\n---\nText\n")
        let shown = try folder.write("2020-01-02-shown.md", "Text\n")
        let run = streamed([hidden, shown], reader: .jekyll)
        #expect(run.outcome == .succeeded)
        #expect(run.sink.bytes == Array("\(shown)\n".utf8))
    }

    @Test func closedOutputStopsQuietly() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let run = streamed([first, first], sink: MemorySink(closed: true))
        #expect(run.outcome == .outputClosed)
        #expect(run.messages.isEmpty)
    }
}

/// A writer that warns about every post, as a content document does about raw HTML it drops.
struct WarningWriter: Writer {
    static let format = "warning"
    static let summary = "the source path, with a warning"
    static let fileExtension = "txt"

    init(options: WriterOptions) {}

    func rendering(_ document: Document) -> WriterOutput {
        WriterOutput(bytes: Array((document.metadata.source ?? "?").utf8), diagnostics: [
            Diagnostic(.warning, path: "", position: SourcePosition(line: 3, column: 1), message: "dropped <script> from raw HTML"),
        ])
    }
}
