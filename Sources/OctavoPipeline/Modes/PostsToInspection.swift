import OctavoModel

/// `octavo inspect`: every post's outline (its block tree with positions and its
/// reading list), then one summary line per post, written to `sink` at the end.
public struct PostsToInspection<Sink: OutputSink>: BatchMode {
    public let step = Step()
    /// Where the output goes.
    public private(set) var sink: Sink
    private var outlines: [String] = []
    private var summaries: [String] = []

    public init(sink: Sink) {
        self.sink = sink
    }

    /// Describes one post.
    public struct Step: DocumentStep {
        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<(outline: String, summary: String)> {
            let inspection = Inspection(path: input.path, document: document)
            return StepOutput((inspection.outline, inspection.summary))
        }
    }

    public mutating func take(_ result: (outline: String, summary: String), of input: Input, hasError: Bool,
                              messages: inout BatchMessages) {
        outlines.append(result.outline)
        summaries.append(result.summary)
    }

    public mutating func finish(messages: inout BatchMessages) throws(OutputError) {
        var text = outlines.joined(separator: "\n")
        if !outlines.isEmpty { text += "\n" }
        text += summaries.map { $0 + "\n" }.joined()
        try sink.write(Array(text.utf8))
        try sink.finish()
    }
}

/// `octavo inspect --math`: every formula converted to MathML, one warning line per
/// problem, then `N formulas, M convert without merror or warning`, written to `sink`
/// at the end.
public struct PostsToMathInspection<Sink: OutputSink>: BatchMode {
    public let step = Step()
    /// Where the output goes.
    public private(set) var sink: Sink
    private var text = ""
    /// How many formulas the posts hold.
    public private(set) var formulas = 0
    /// How many of them convert without a problem or an `<merror>`.
    public private(set) var clean = 0

    public init(sink: Sink) {
        self.sink = sink
    }

    /// Converts one post's formulas.
    public struct Step: DocumentStep {
        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<MathInspection> {
            StepOutput(MathInspection(path: input.path, document: document, source: source))
        }
    }

    public mutating func take(_ inspection: MathInspection, of input: Input, hasError: Bool, messages: inout BatchMessages) {
        formulas += inspection.formulas.count
        clean += inspection.formulas.filter(\.isClean).count
        text += inspection.warnings.map { $0.description + "\n" }.joined()
    }

    public mutating func finish(messages: inout BatchMessages) throws(OutputError) {
        text += "\(formulas) formulas, \(clean) convert without merror or warning\n"
        try sink.write(Array(text.utf8))
        try sink.finish()
    }
}
