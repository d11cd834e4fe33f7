import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoPipeline
import OctavoWriters

/// `octavo convert`, the default: converts inputs from one format to another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert posts from one format to another (the default subcommand).")

    @Option(name: [.customShort("f"), .customLong("from")], help: ArgumentHelp("Input format: jekyll (the default), commonmark, gfm or json.", valueName: "format"))
    var from = ReaderRegistry.defaultName

    @Option(name: [.customShort("t"), .customLong("to")], help: ArgumentHelp("Output format: html, json, opml, bibtex or biblatex.", valueName: "format"))
    var to: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file, replaced atomically; - is standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Title of a collection (opml); else the single post's title, else the inputs' folder name.", valueName: "title"))
    var title: String?

    @Flag(help: "With -t opml: one level of bookmarks instead of posts and sections.")
    var opmlFlat = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Keep straight quotes, --, ... and << >> as written (typography is on for jekyll input).")
    var noTypography = false

    @Flag(help: "Also read posts in _drafts folders.")
    var drafts = false

    @Option(help: ArgumentHelp("The path standard input stands for, in messages and for its date and slug.", valueName: "path"))
    var stdinName: String?

    @Flag(help: "List the input and output formats and exit.")
    var listFormats = false

    @Argument(help: ArgumentHelp(
        "Input files, or folders walked for *.md and *.markdown (skipping _site, _drafts and hidden ones); none, or -, reads standard input.",
        valueName: "file"))
    var inputs: [String] = []

    func validate() throws {
        if listFormats { return }
        guard ReaderRegistry.reader(named: from) != nil else {
            throw ValidationError("unknown input format '\(from)' (octavo --list-formats lists them)")
        }
        guard let to else {
            throw ValidationError("missing output format: give -t FORMAT (octavo --list-formats lists them)")
        }
        guard WriterRegistry.writer(named: to) != nil || WriterRegistry.collectionWriter(named: to) != nil else {
            throw ValidationError("unknown output format '\(to)' (octavo --list-formats lists them)")
        }
    }

    func run() throws {
        if listFormats {
            try Formats().run()
            return
        }
        guard let reader = ReaderRegistry.reader(named: from), let to else { return }
        let inputs = InputExpansion(includesDrafts: drafts, standardInputName: stdinName).inputs(inputs)
        let options = WriterOptions(
            filtersDisallowedRawHTML: reader.name == InputFormat.gfm.name,
            typography: !noTypography && Self.typographyByDefault(readerName: reader.name),
            title: title, directoryName: Input.folderName(of: inputs), flatOutline: opmlFlat,
            sourceDateEpoch: Self.sourceDateEpoch, currentTime: time(nil))
        let outcome: BatchOutcome
        if let writer = WriterRegistry.collectionWriter(named: to) {
            let batch = CollectionBatch(reader: reader, writer: writer.init(options: options), inputs: inputs, strict: strict)
            outcome = withSink { batch.run(into: &$0, outputPath: $1, report: StandardError.report) }
        } else if let writer = WriterRegistry.writer(named: to) {
            let batch = Batch(conversion: Conversion(reader: reader, writer: writer.init(options: options), strict: strict), inputs: inputs)
            outcome = withSink { sink, _ in batch.run(into: &sink, report: StandardError.report) }
        } else {
            return
        }
        if outcome == .failed { throw ExitCode.failure }
    }

    /// Runs `body` with the sink `-o` names (a file replaced atomically, or standard
    /// output) and the name messages about the output use.
    private func withSink(_ body: (inout any OutputSink, String) -> BatchOutcome) -> BatchOutcome {
        var sink: any OutputSink
        let path: String
        if let output, output != "-" {
            sink = AtomicFileSink(path: output)
            path = output
        } else {
            sink = StreamSink()
            path = StreamSink.standardOutputPath
        }
        return body(&sink, path)
    }

    /// `SOURCE_DATE_EPOCH` from the environment, when it is a whole number of seconds.
    static var sourceDateEpoch: Int? {
        guard let value = getenv("SOURCE_DATE_EPOCH") else { return nil }
        return Int(String(cString: value))
    }

    /// Whether a reader's posts get kramdown's typography unless `--no-typography` is
    /// given: only Jekyll posts, which kramdown renders that way; CommonMark and GFM
    /// output stays spec-exact.
    static func typographyByDefault(readerName: String) -> Bool {
        readerName == InputFormat.jekyll.name
    }
}
