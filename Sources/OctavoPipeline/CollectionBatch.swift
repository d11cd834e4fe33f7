import OctavoModel
import OctavoWriters

/// Reads every input and writes one output for all of them with a collection writer.
///
/// A bad input is reported and left out; the others still make the output. Output in
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
        OrderedWork(jobs: jobs).run(count: inputs.count, { reader.load(inputs[$0], strict: strict) }) { _, loading in
            loading.diagnostics.forEach(report)
            if let document = loading.document {
                documents.append(document)
            } else {
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
