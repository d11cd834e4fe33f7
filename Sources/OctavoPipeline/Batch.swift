import OctavoModel
import OctavoWriters

/// How a batch ended.
public enum BatchOutcome: Sendable, Equatable {
    /// Every input was converted and all output written.
    case succeeded
    /// Some input or the output failed; the rest was still converted.
    case failed
    /// The output was closed by its reader; conversion stopped early.
    case outputClosed

    /// The outcome of `body`, which writes the output and tells whether an input
    /// failed: a closed output ends quietly, a write error is reported.
    static func writing(report: (Diagnostic) -> Void, _ body: () throws(OutputError) -> Bool) -> BatchOutcome {
        let inputFailed: Bool
        do throws(OutputError) {
            inputFailed = try body()
        } catch {
            switch error {
            case .closed:
                return .outputClosed
            case .failed(let diagnostic):
                report(diagnostic)
                return .failed
            }
        }
        return inputFailed ? .failed : .succeeded
    }
}

/// Converts inputs into one sink, in input order; one bad input never stops the others.
///
/// Inputs are read and converted on `jobs` threads; messages and output still come
/// in input order, so they are the same for any number of jobs.
public struct Batch: Sendable {
    public let conversion: Conversion
    public let inputs: [Input]
    public let jobs: Int

    public init(conversion: Conversion, inputs: [Input], jobs: Int = 1) {
        self.conversion = conversion
        self.inputs = inputs
        self.jobs = jobs
    }

    /// Runs the batch, passing every message to `report` as it comes and calling
    /// `advance` after each input.
    public func run(into sink: inout some OutputSink, report: (Diagnostic) -> Void, advance: () -> Void = {}) -> BatchOutcome {
        run(into: &sink, report: report, advance: advance, keepsLastDocument: false).outcome
    }

    /// Runs the batch as `run(into:report:advance:)` does, then hands its outcome to `end`,
    /// which ends the process, while the last document is still in memory: the system
    /// takes back a large tree's memory at once, where freeing it node by node takes a
    /// noticeable share of a command's time.
    public func run(
        into sink: inout some OutputSink, report: (Diagnostic) -> Void, advance: () -> Void = {}, end: (BatchOutcome) -> Never
    ) -> Never {
        let (outcome, lastDocument) = run(into: &sink, report: report, advance: advance, keepsLastDocument: true)
        withExtendedLifetime(lastDocument) { end(outcome) }
    }

    /// The outcome, and the document of the last input if `keepsLastDocument`.
    private func run(
        into sink: inout some OutputSink, report: (Diagnostic) -> Void, advance: () -> Void, keepsLastDocument: Bool
    ) -> (outcome: BatchOutcome, lastDocument: Document?) {
        var lastDocument: Document?
        let outcome = BatchOutcome.writing(report: report) { () throws(OutputError) -> Bool in
            var failed = false
            let conversion = conversion, inputs = inputs
            let last = keepsLastDocument ? inputs.count - 1 : -1
            if type(of: conversion.writer).streams, jobs == 1 || inputs.count == 1 {
                // Inputs are converted one at a time, so each output can go out as it is made.
                for index in inputs.indices {
                    let loading = try conversion.stream(inputs[index], into: &sink, report: report)
                    if loading.failed { failed = true }
                    if index == last { lastDocument = loading.document }
                    advance()
                }
                try sink.finish()
                return failed
            }
            try OrderedWork(jobs: jobs).run(count: inputs.count, { conversion.convert(inputs[$0], keepsDocument: $0 == last) }) {
                (_, result) throws(OutputError) in
                result.diagnostics.forEach(report)
                if let output = result.output {
                    try sink.write(output)
                } else if !result.isLeftOut {
                    failed = true
                }
                if let document = result.document { lastDocument = document }
                advance()
            }
            try sink.finish()
            return failed
        }
        return (outcome, lastDocument)
    }
}
