import OctavoModel
import OctavoWriters

/// Every post rendered by one per-post writer into one output (standard output, or
/// the file `-o` names), in input order. A post with an error gets no rendering.
///
/// When inputs are converted one at a time (one input, or one job) and the writer
/// `streams`, each rendering goes out in pieces as it is made instead of being held.
public struct PostsToStream<Sink: OutputSink>: BatchMode {
    public let step: Step
    /// Where the renderings go.
    public private(set) var sink: Sink

    /// Renders with `writer` into `sink`; `oneAtATime` tells whether the batch converts
    /// one input at a time (see `Batch.convertsOneAtATime`).
    public init(writer: any Writer, sink: Sink, oneAtATime: Bool) {
        step = Step(writer: writer, streams: oneAtATime && type(of: writer).streams)
        self.sink = sink
    }

    /// Renders each post on a worker thread, or hands it over to be streamed.
    public struct Step: DocumentStep {
        let writer: any Writer
        /// Whether renderings are streamed on the calling thread instead.
        let streams: Bool

        public enum Result: Sendable {
            case rendered(RenderedBytes)
            case streamed(Document)
        }

        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<Result> {
            if streams { return StepOutput(.streamed(document)) }
            let rendering = PostRendering(document, writer: writer, path: input.path)
            return StepOutput(.rendered(rendering.output), diagnostics: rendering.diagnostics)
        }
    }

    public mutating func take(_ result: Step.Result, of input: Input, hasError: Bool, messages: inout BatchMessages) throws(OutputError) {
        guard !hasError else { return }
        switch result {
        case .rendered(let bytes):
            try sink.write(bytes)
        case .streamed(let document):
            var failure: OutputError?
            step.writer.write(document, inPiecesOf: Self.pieceSize) { piece in
                do throws(OutputError) {
                    try sink.write(piece)
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
    }

    public mutating func finish(messages: inout BatchMessages) throws(OutputError) {
        try sink.finish()
    }

    /// The size of the pieces a streaming writer hands over.
    static var pieceSize: Int { 1 << 16 }
}

extension Batch {
    /// Whether inputs are converted one at a time: one input, or one job.
    public var convertsOneAtATime: Bool {
        jobs == 1 || inputs.count == 1
    }
}
