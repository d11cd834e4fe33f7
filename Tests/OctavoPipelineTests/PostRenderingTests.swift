import Foundation
import Testing
import OctavoModel
import OctavoPipeline
import OctavoXML
import OctavoWriters

/// A writer whose output its schema refuses.
struct InvalidXHTMLWriter: Writer {
    static let format = "invalid"
    static let summary = "an XHTML page without a head"
    static let fileExtension = "xhtml"
    static let schemaName: EmbeddedSchema? = .xhtmlContent

    init(options: WriterOptions) {}

    func rendering(_ document: Document) -> WriterOutput {
        WriterOutput(bytes: Array("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body/></html>\n".utf8))
    }
}

/// What per-post writers report reaches the batch with the post's path, and output
/// their schema refuses is an error with nothing written.
@Suite struct PostRenderingTests {
    @Test func writerWarningsCarryThePostsPath() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# Post\n\nText.\n")
        let run = streamed([post], reader: .jekyll, writer: WarningWriter(options: .init()))
        #expect(run.sink.bytes == Array(post.utf8))
        #expect(run.messages.map(\.description) == ["\(post):3:1: warning: dropped <script> from raw HTML"])
    }

    @Test func outputTheSchemaRefusesIsAnErrorForThePost() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# Post\n\nText.\n")
        let run = streamed([post], reader: .jekyll, writer: InvalidXHTMLWriter(options: .init()))
        #expect(run.outcome == .failed)
        #expect(run.sink.chunks.isEmpty)
        let first = run.messages.first
        #expect(first?.severity == .error)
        #expect(first?.path == post)
        #expect(first?.message.hasPrefix("invalid output, line 1, column 1: output does not match schemas/xhtml-content.rng: ") == true)
    }

    @Test func xhtmlWriterRegistersWithItsSchema() {
        let writer = WriterRegistry.writer(named: "xhtml")
        #expect(writer?.fileExtension == "xhtml")
        #expect(writer?.schemaName == .xhtmlContent)
        #expect(WriterRegistry.writer(named: "html")?.schemaName == nil)
    }
}
