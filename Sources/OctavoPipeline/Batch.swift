import OctavoModel

/// How a batch ended.
public enum BatchOutcome: Sendable, Equatable {
    /// Every input was converted and all output written.
    case succeeded
    /// Some input or the output failed; the rest was still converted.
    case failed
    /// The output was closed by its reader; conversion stopped early.
    case outputClosed
}

/// The one batch driver: reads every input and hands its document to a `BatchMode`,
/// which makes the outputs (a rendering per post into one stream or a folder, one
/// collection, one book, an inspection report).
///
/// The driver owns what all modes share. Inputs are read, parsed and put through the
/// mode's `step` on `jobs` threads, and the results are handed to the mode in input
/// order on the calling thread, so messages and outputs are the same for any number
/// of jobs. Every message passes through one `BatchMessages`, where `strict` makes
/// warnings errors. `advance` is called after each input, for progress. One bad input
/// never stops the others.
public struct Batch: Sendable {
    /// How the inputs are read (`-f`).
    public let reader: InputFormat
    /// The inputs, in the order given.
    public let inputs: [Input]
    /// Treat warnings as errors (`--strict`).
    public let strict: Bool
    /// How many inputs are worked on at once.
    public let jobs: Int

    public init(reader: InputFormat, inputs: [Input], strict: Bool = false, jobs: Int = 1) {
        self.reader = reader
        self.inputs = inputs
        self.strict = strict
        self.jobs = jobs
    }

    /// Runs the batch through `mode`, passing every message to `report` as it comes.
    public func run(_ mode: inout some BatchMode, report: (Diagnostic) -> Void, advance: () -> Void = {}) -> BatchOutcome {
        run(&mode, report: report, advance: advance, keepsLastDocument: false).outcome
    }

    /// Runs the batch as `run(_:report:advance:)` does, then hands its outcome to `end`,
    /// which ends the process, while the last document is still in memory: the system
    /// takes back a large tree's memory at once, where freeing it node by node takes a
    /// noticeable share of a command's time.
    public func run(_ mode: inout some BatchMode, report: (Diagnostic) -> Void, advance: () -> Void = {},
                    end: (BatchOutcome) -> Never) -> Never {
        let (outcome, lastDocument) = run(&mode, report: report, advance: advance, keepsLastDocument: true)
        withExtendedLifetime(lastDocument) { end(outcome) }
    }

    /// What the workers hand back for one input.
    private struct Delivery<Result: Sendable>: Sendable {
        var diagnostics: [Diagnostic]
        /// The step's result; nil when the input could not be read or parsed, or is left out.
        var result: Result?
        var isLeftOut = false
        /// The document, kept for the last input when asked.
        var document: Document?
    }

    private func run<Mode: BatchMode>(
        _ mode: inout Mode, report: (Diagnostic) -> Void, advance: () -> Void, keepsLastDocument: Bool
    ) -> (outcome: BatchOutcome, lastDocument: Document?) {
        let reader = reader, inputs = inputs, strict = strict, step = mode.step
        let last = keepsLastDocument ? inputs.count - 1 : -1
        var lastDocument: Document?
        return withoutActuallyEscaping(report) { report in
            var messages = BatchMessages(strict: strict, report: report)
            do throws(OutputError) {
                try OrderedWork(jobs: jobs).run(count: inputs.count, { index -> Delivery<Mode.Step.Result> in
                    let input = inputs[index]
                    let source: [UInt8]
                    do throws(Diagnostic) {
                        source = try input.read()
                    } catch {
                        return Delivery(diagnostics: [error])
                    }
                    let loading = reader.load(source, path: input.path, strict: strict)
                    guard let document = loading.document else {
                        return Delivery(diagnostics: loading.diagnostics, isLeftOut: loading.isLeftOut)
                    }
                    let made = step.make(document, input: input, source: source)
                    return Delivery(diagnostics: loading.diagnostics + made.diagnostics, result: made.result,
                                    document: index == last ? document : nil)
                }) { (index, delivery) throws(OutputError) in
                    defer { advance() }
                    let hasError = messages.note(delivery.diagnostics)
                    if let document = delivery.document { lastDocument = document }
                    guard let result = delivery.result else {
                        if !delivery.isLeftOut { messages.fail() }
                        return
                    }
                    try mode.take(result, of: inputs[index], hasError: hasError, messages: &messages)
                }
                try mode.finish(messages: &messages)
            } catch {
                switch error {
                case .closed:
                    return (.outputClosed, lastDocument)
                case .failed(let diagnostic):
                    messages.note(diagnostic)
                }
            }
            return (messages.failed ? .failed : .succeeded, lastDocument)
        }
    }
}

/// What a batch makes of the documents it reads: the work done for each on the worker
/// threads (`step`), then, in input order on the calling thread, what is done with the
/// results (`take`) and after the last one (`finish`).
public protocol BatchMode {
    associatedtype Step: DocumentStep
    /// The work done for each document, on several threads at once.
    var step: Step { get }
    /// Takes the step's result for `input`; `hasError` tells whether a message about
    /// the input (after `--strict`) is an error. A failed write of the one output all
    /// inputs go to is thrown; anything else is noted in `messages`.
    mutating func take(_ result: Step.Result, of input: Input, hasError: Bool, messages: inout BatchMessages) throws(OutputError)
    /// Called once after the last input.
    mutating func finish(messages: inout BatchMessages) throws(OutputError)
}

/// The part of a batch mode's work on one document that runs on a worker thread.
public protocol DocumentStep: Sendable {
    associatedtype Result: Sendable
    /// What the mode needs of `document`, read from `input` whose bytes are `source`,
    /// with the messages making it gave (located in the input; not yet made errors by
    /// `--strict`).
    func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<Result>
}

/// A step's result for one document and its messages.
public struct StepOutput<Result: Sendable>: Sendable {
    public var result: Result
    public var diagnostics: [Diagnostic]

    public init(_ result: Result, diagnostics: [Diagnostic] = []) {
        self.result = result
        self.diagnostics = diagnostics
    }
}

/// Every message of a batch, in order: `strict` makes each warning an error, and any
/// error makes the batch fail.
public struct BatchMessages {
    /// Treat warnings as errors.
    public let strict: Bool
    private let report: (Diagnostic) -> Void
    /// Whether an error was noted or an input failed.
    public private(set) var failed = false

    init(strict: Bool, report: @escaping (Diagnostic) -> Void) {
        self.strict = strict
        self.report = report
    }

    /// Reports `diagnostic`, an error with `strict`; returns whether it is an error.
    @discardableResult
    public mutating func note(_ diagnostic: Diagnostic) -> Bool {
        var diagnostic = diagnostic
        if strict { diagnostic.severity = .error }
        if diagnostic.severity == .error { failed = true }
        report(diagnostic)
        return diagnostic.severity == .error
    }

    /// Reports each of `diagnostics`; returns whether any is an error.
    @discardableResult
    public mutating func note(_ diagnostics: [Diagnostic]) -> Bool {
        var anyError = false
        for diagnostic in diagnostics where note(diagnostic) { anyError = true }
        return anyError
    }

    /// Whether any of `diagnostics` is an error once `strict` has made warnings errors.
    public func makeError(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { strict || $0.severity == .error }
    }

    /// Makes the batch fail for a reason already reported.
    public mutating func fail() {
        failed = true
    }
}
