import ArgumentParser
import OctavoPipeline

/// `octavo inspect FILE...`: the block tree with positions and the reading list of
/// each post, then one summary line per post; with `--math`, every formula converted
/// to MathML, a warning per problem, and a count of those that convert cleanly.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show each post's tree with positions and its reading list, then one summary line per post.")

    @Flag(help: "Convert every formula to MathML instead: a warning per problem, then how many formulas convert cleanly.")
    var math = false

    @Option(name: [.customShort("f"), .customLong("from")], help: ArgumentHelp("Input format: commonmark, gfm or json.", valueName: "format"))
    var from = ReaderRegistry.defaultName

    @Argument(help: ArgumentHelp("Input files, or folders walked for *.md and *.markdown; none, or -, reads standard input.", valueName: "file"))
    var inputs: [String] = []

    func validate() throws {
        guard ReaderRegistry.reader(named: from) != nil else {
            throw ValidationError("unknown input format '\(from)' (octavo --list-formats lists them)")
        }
    }

    func run() throws {
        guard let reader = ReaderRegistry.reader(named: from) else { return }
        let batch = Batch(reader: reader, inputs: InputExpansion().inputs(inputs), jobs: OrderedWork.coreCount)
        let outcome: BatchOutcome
        if math {
            var mode = PostsToMathInspection(sink: StreamSink())
            outcome = batch.run(&mode, report: StandardError.report)
        } else {
            var mode = PostsToInspection(sink: StreamSink())
            outcome = batch.run(&mode, report: StandardError.report)
        }
        if outcome == .failed { throw ExitCode.failure }
    }
}
