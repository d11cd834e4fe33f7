import OctavoModel
import OctavoWriters

/// All posts written as one output by a collection writer (OPML, the bibliographies,
/// the bookmark file, pandoc JSON of all posts), to standard output or the file `-o`
/// names.
///
/// A post that cannot be read is left out; so is, for a writer that reads the
/// bookmarks' URLs, a bookmark whose URL is no URL (with a warning at its line and
/// column); the others keep their URLs in WHATWG form. Output in an XML format is
/// checked against its schema before it is written; Octavo's writers repair or leave
/// out what does not fit, so a mismatch is a fault in Octavo, said so, and nothing is
/// written.
public struct PostsToCollection<Sink: OutputSink>: BatchMode {
    public let step: Step
    private let writer: any CollectionWriter
    /// Where the output goes.
    public private(set) var sink: Sink
    /// The name messages about the output use.
    private let outputPath: String
    private var documents: [Document] = []

    public init(writer: any CollectionWriter, sink: Sink, outputPath: String) {
        step = Step(readsBookmarkURLs: type(of: writer).readsBookmarkURLs)
        self.writer = writer
        self.sink = sink
        self.outputPath = outputPath
    }

    /// Puts each post's bookmarks in WHATWG form when the writer reads their URLs.
    public struct Step: DocumentStep {
        let readsBookmarkURLs: Bool

        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<Document> {
            guard readsBookmarkURLs else { return StepOutput(document) }
            var document = document
            let (readingList, warnings) = document.readingList.withWebAddresses(path: input.path)
            document.readingList = readingList
            return StepOutput(document, diagnostics: warnings)
        }
    }

    public mutating func take(_ document: Document, of input: Input, hasError: Bool, messages: inout BatchMessages) {
        documents.append(document)
    }

    public mutating func finish(messages: inout BatchMessages) throws(OutputError) {
        guard !documents.isEmpty else {
            messages.fail()
            return
        }
        let output = writer.render(documents)
        if let schemaName = type(of: writer).schemaName {
            let problems = OutputValidation.problems(output, schemaName: schemaName, path: outputPath)
            guard problems.isEmpty else {
                messages.note(OutputValidation.faultInOctavo(problems, output: outputPath))
                return
            }
        }
        try sink.write(output)
        try sink.finish()
    }
}
