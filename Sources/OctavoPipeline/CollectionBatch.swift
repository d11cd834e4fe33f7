import OctavoModel
import OctavoWriters

/// Reads every input and writes one output for all of them with a collection writer.
///
/// A bad input is reported and left out; the others still make the output. For a
/// writer that reads the bookmarks' URLs, a bookmark whose URL is no URL is left out
/// with a warning (an error with `strict`, but the output is still written); the
/// others keep their URLs in WHATWG form. Output in
/// an XML format is validated against its embedded schema first; if it does not match,
/// that is an error and nothing is written. Inputs are read and parsed on `jobs`
/// threads; messages and documents keep input order.
public struct CollectionBatch: Sendable {
    public let reader: InputFormat
    public let writer: any CollectionWriter
    public let inputs: [Input]
    /// Treat warnings as errors.
    public let strict: Bool
    public let jobs: Int

    public init(reader: InputFormat, writer: any CollectionWriter, inputs: [Input], strict: Bool = false, jobs: Int = 1) {
        self.reader = reader
        self.writer = writer
        self.inputs = inputs
        self.strict = strict
        self.jobs = jobs
    }

    /// Runs the batch, calling `advance` after each input is read; `outputPath` names
    /// the output in messages about it.
    public func run(into sink: inout some OutputSink, outputPath: String, report: (Diagnostic) -> Void,
                    advance: () -> Void = {}) -> BatchOutcome {
        var documents: [Document] = []
        var failed = false
        let reader = reader, inputs = inputs, strict = strict
        let readsBookmarkURLs = type(of: writer).readsBookmarkURLs
        OrderedWork(jobs: jobs).run(count: inputs.count, { index in
            var loading = reader.load(inputs[index], strict: strict)
            if readsBookmarkURLs, var document = loading.document {
                let (readingList, warnings) = document.readingList.withWebAddresses(path: inputs[index].path)
                document.readingList = readingList
                loading.document = document
                loading.diagnostics += warnings.map { warning in
                    var warning = warning
                    if strict { warning.severity = .error }
                    return warning
                }
            }
            return loading
        }) { _, loading in
            loading.diagnostics.forEach(report)
            if let document = loading.document {
                documents.append(document)
                if loading.diagnostics.contains(where: { $0.severity == .error }) { failed = true }
            } else if loading.failed {
                failed = true
            }
            advance()
        }
        guard !documents.isEmpty else { return .failed }
        let output = writer.render(documents)
        if let schemaName = type(of: writer).schemaName {
            let problems = OutputValidation.problems(output, schemaName: schemaName, path: outputPath)
            if !problems.isEmpty {
                problems.forEach(report)
                return .failed
            }
        }
        return BatchOutcome.writing(report: report) { () throws(OutputError) -> Bool in
            try sink.write(output)
            try sink.finish()
            return failed
        }
    }
}
