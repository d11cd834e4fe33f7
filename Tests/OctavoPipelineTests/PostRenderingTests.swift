import Foundation
import Testing
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// A writer that warns about every post, as a content document does about raw HTML it drops.
private struct WarningWriter: Writer {
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

/// A writer whose output its schema refuses.
private struct InvalidXHTMLWriter: Writer {
    static let format = "invalid"
    static let summary = "an XHTML page without a head"
    static let fileExtension = "xhtml"
    static let schemaName: String? = "xhtml-content.rng"

    init(options: WriterOptions) {}

    func rendering(_ document: Document) -> WriterOutput {
        WriterOutput(bytes: Array("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body/></html>\n".utf8))
    }
}

/// What per-post writers report reaches the batch with the post's path, and output
/// their schema refuses is an error with nothing written.
@Suite struct PostRenderingTests {
    private let post = Array("# Post\n\nText.\n".utf8)

    @Test func writerWarningsCarryThePostsPath() {
        let result = Conversion(reader: .jekyll, writer: WarningWriter(options: .init())).convert(post, path: "posts/a.md")
        #expect(result.output?.array == Array("posts/a.md".utf8))
        #expect(result.diagnostics.map(\.description) == ["posts/a.md:3:1: warning: dropped <script> from raw HTML"])
    }

    @Test func strictMakesWriterWarningsErrorsAndWritesNothing() {
        let result = Conversion(reader: .jekyll, writer: WarningWriter(options: .init()), strict: true).convert(post, path: "posts/a.md")
        #expect(result.output == nil)
        #expect(result.diagnostics.map(\.severity) == [.error])
    }

    @Test func outputTheSchemaRefusesIsAnErrorForThePost() {
        let result = Conversion(reader: .jekyll, writer: InvalidXHTMLWriter(options: .init())).convert(post, path: "posts/a.md")
        #expect(result.output == nil)
        let first = result.diagnostics.first
        #expect(first?.severity == .error)
        #expect(first?.path == "posts/a.md")
        #expect(first?.message.hasPrefix("invalid output, line 1, column 1: output does not match schemas/xhtml-content.rng: ") == true)
    }

    @Test func directoryBatchWritesTheOtherFormatsOfAPostWhoseOutputFails() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("2020-1-2-post.md", "# Post\n")
        let batch = DirectoryBatch(reader: .jekyll, writers: [InvalidXHTMLWriter(options: .init()), SourceNameWriter(options: .init())],
                                   inputs: [Input(argument: input)], folder: folder.path("out"))
        var diagnostics: [Diagnostic] = []
        #expect(batch.run { diagnostics.append($0) } == .failed)
        #expect(diagnostics.contains { $0.path == input && $0.severity == .error })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == ["post.txt"])
    }

    @Test func xhtmlWriterRegistersWithItsSchema() {
        let writer = WriterRegistry.writer(named: "xhtml")
        #expect(writer?.fileExtension == "xhtml")
        #expect(writer?.schemaName == "xhtml-content.rng")
        #expect(WriterRegistry.writer(named: "html")?.schemaName == nil)
    }
}
