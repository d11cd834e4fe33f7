import ArgumentParser
import OctavoPipeline
import OctavoWriters

/// `octavo convert`, the default: converts inputs from one format to another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert posts from one format to another (the default subcommand).")

    @Option(name: [.customShort("f"), .customLong("from")], help: ArgumentHelp("Input format: jekyll (the default), commonmark, gfm or json.", valueName: "format"))
    var from = ReaderRegistry.defaultName

    @Option(name: [.customShort("t"), .customLong("to")], help: ArgumentHelp("Output format: html or json.", valueName: "format"))
    var to: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file, replaced atomically; - is standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Keep straight quotes, --, ... and << >> as written (typography is on for jekyll input).")
    var noTypography = false

    @Flag(help: "List the input and output formats and exit.")
    var listFormats = false

    @Argument(help: ArgumentHelp("Input files; none, or -, reads standard input.", valueName: "file"))
    var inputs: [String] = []

    func validate() throws {
        if listFormats { return }
        guard ReaderRegistry.reader(named: from) != nil else {
            throw ValidationError("unknown input format '\(from)' (octavo --list-formats lists them)")
        }
        guard let to else {
            throw ValidationError("missing output format: give -t FORMAT (octavo --list-formats lists them)")
        }
        guard WriterRegistry.writer(named: to) != nil else {
            throw ValidationError("unknown output format '\(to)' (octavo --list-formats lists them)")
        }
    }

    func run() throws {
        if listFormats {
            try Formats().run()
            return
        }
        guard let reader = ReaderRegistry.reader(named: from),
              let to, let writer = WriterRegistry.writer(named: to) else { return }
        let options = WriterOptions(
            filtersDisallowedRawHTML: reader.name == InputFormat.gfm.name,
            typography: !noTypography && Self.typographyByDefault(readerName: reader.name))
        let conversion = Conversion(reader: reader, writer: writer.init(options: options), strict: strict)
        let batch = Batch(conversion: conversion, inputs: Input.list(inputs))
        let outcome: BatchOutcome
        if let output, output != "-" {
            var sink = AtomicFileSink(path: output)
            outcome = batch.run(into: &sink, report: StandardError.report)
        } else {
            var sink = StreamSink()
            outcome = batch.run(into: &sink, report: StandardError.report)
        }
        if outcome == .failed { throw ExitCode.failure }
    }

    /// Whether a reader's posts get kramdown's typography unless `--no-typography` is
    /// given: only Jekyll posts, which kramdown renders that way; CommonMark and GFM
    /// output stays spec-exact.
    static func typographyByDefault(readerName: String) -> Bool {
        readerName == InputFormat.jekyll.name
    }
}
