import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// `octavo convert`, the default: converts inputs from one format to another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert posts from one format to another (the default subcommand).")

    @Option(name: [.customShort("f"), .customLong("from")], help: ArgumentHelp("Input format: jekyll (the default), commonmark, gfm or json.", valueName: "format"))
    var from = ReaderRegistry.defaultName

    @Option(name: [.customShort("t"), .customLong("to")], help: ArgumentHelp(
        "Output format: html, xhtml, json, epub, opml, bibtex or biblatex; several per-post formats with --output-dir.", valueName: "format"))
    var to: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file, replaced atomically; - is standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Write one file per post (html, xhtml, json, epub) into this folder, keeping the inputs' layout and naming files by slug.",
        valueName: "folder"))
    var outputDir: String?

    @Option(help: ArgumentHelp("Number of threads reading and converting posts (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Title of a collection (epub, opml); else the single post's title, else the inputs' folder name.", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp(
        "Math in xhtml, epub and html: mathml or tex; the default is mathml in xhtml and epub, tex (for MathJax) in html. JSON always keeps the TeX.",
        valueName: "mathml|tex"))
    var math: String?

    @Option(help: ArgumentHelp("With -t epub: chapters by post date (oldest first) or in input order.", valueName: "date|input"))
    var order = ChapterOrder.date.rawValue

    @Option(help: ArgumentHelp("With -t epub: levels of the table of contents (1: post titles; 2: and their top headings; ...).", valueName: "n"))
    var tocDepth = 2

    @Option(help: ArgumentHelp("With -t epub: the book's author; else the posts' author front matter.", valueName: "name"))
    var author: String?

    @Option(help: ArgumentHelp("With -t epub: the language of the book (such as zh or en); else each post's lang or the language of its text.", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("With -t epub: a stylesheet replacing the default one.", valueName: "file"))
    var css: String?

    @Option(help: ArgumentHelp("With -t epub: the cover image (PNG, JPEG, GIF, WebP or SVG).", valueName: "image"))
    var cover: String?

    @Option(help: ArgumentHelp(
        "With -t epub: where site-relative images (/images/x.png) are found, and the only folder images are read from; else the nearest folder above each post holding _config.yml, else the post's folder.",
        valueName: "folder"))
    var siteRoot: String?

    @Option(help: ArgumentHelp(
        "With -t epub: the site's address, for links to its pages that are not in the book; else url and baseurl from _config.yml; without one such links keep only their text.",
        valueName: "url"))
    var siteURL: String?

    @Flag(help: "With -t opml: one level of bookmarks instead of posts and sections.")
    var opmlFlat = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print no warnings; errors are still printed (with --strict, warnings are errors and printed).")
    var quiet = false

    @Option(help: ArgumentHelp(
        "A progress bar on standard error: auto (on a terminal, for more than \(ProgressMode.fewPosts) posts, not with --quiet), always or never.",
        valueName: "when"))
    var progress: ProgressMode = .auto

    @Option(help: ArgumentHelp(
        "With -o FILE: also write a make rule saying FILE depends on every post read, when FILE is written.",
        valueName: "file"))
    var depfile: String?

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
        guard !to.isEmpty else {
            throw ValidationError("missing output format: give -t FORMAT (octavo --list-formats lists them)")
        }
        for format in to where WriterRegistry.writer(named: format) == nil && WriterRegistry.collectionWriter(named: format) == nil
            && format != EPUBFormat.format {
            throw ValidationError("unknown output format '\(format)' (octavo --list-formats lists them)")
        }
        if let math, MathMarkup(rawValue: math) == nil {
            throw ValidationError("--math must be mathml or tex")
        }
        if let value = getenv("SOURCE_DATE_EPOCH"), value.pointee != 0, Self.sourceDateEpoch == nil {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, before the year 10000")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if output != nil && outputDir != nil {
            throw ValidationError("give either -o or --output-dir, not both")
        }
        if depfile != nil && (output == nil || output == "-") {
            throw ValidationError("--depfile needs -o FILE")
        }
        if to.count > 1 && outputDir == nil {
            throw ValidationError("several -t formats need --output-dir")
        }
        if to.contains(EPUBFormat.format) {
            try validateBook()
        }
        guard outputDir != nil else { return }
        for format in to where WriterRegistry.collectionWriter(named: format) != nil {
            throw ValidationError("-t \(format) writes one output for all inputs; give -o instead of --output-dir")
        }
        if stdinName == nil && (inputs.isEmpty || inputs.contains("-")) {
            throw ValidationError("standard input with --output-dir needs --stdin-name to name its output")
        }
    }

    /// Checks the options of `-t epub`.
    private func validateBook() throws {
        if to.count > 1 {
            throw ValidationError("-t epub writes books only; give it without other -t formats")
        }
        if outputDir == nil && (output == nil || output == "-") {
            throw ValidationError("-t epub writes a book to a file: give -o FILE (or --output-dir for a book per post)")
        }
        if ChapterOrder(rawValue: order) == nil {
            throw ValidationError("--order must be date or input")
        }
        if tocDepth < 1 {
            throw ValidationError("--toc-depth must be at least 1")
        }
        if let language, BookSettings.languageTag(language) == nil {
            throw ValidationError("--language must be a language tag such as en, zh or zh-CN")
        }
    }

    func run() throws {
        if listFormats {
            try Formats().run()
            return
        }
        guard let reader = ReaderRegistry.reader(named: from), let to = to.first else { return }
        let inputs = InputExpansion(includesDrafts: drafts, standardInputName: stdinName).inputs(inputs)
        let options = WriterOptions(
            filtersDisallowedRawHTML: reader.name == InputFormat.gfm.name,
            typography: !noTypography && Self.typographyByDefault(readerName: reader.name),
            title: title, directoryName: Input.folderName(of: inputs), flatOutline: opmlFlat,
            sourceDateEpoch: Self.sourceDateEpoch, currentTime: time(nil), math: math.flatMap(MathMarkup.init(rawValue:)))
        let jobs = jobs ?? OrderedWork.coreCount
        let quiet = quiet
        let bar = progress.shows(postCount: inputs.count, quiet: quiet) ? ProgressBar(total: inputs.count) : nil
        let report: (Diagnostic) -> Void = { diagnostic in
            guard !quiet || diagnostic.severity == .error else { return }
            if let bar { bar.report(diagnostic) } else { StandardError.report(diagnostic) }
        }
        let advance: () -> Void = { bar?.advance() }
        let end: (BatchOutcome) -> Never = { outcome in
            bar?.finish()
            Self.exit(withError: outcome == .failed ? ExitCode.failure : nil)
        }
        let outcome: BatchOutcome
        if to == EPUBFormat.format {
            let settings = BookSettings(
                options: options, order: ChapterOrder(rawValue: order) ?? .date, tableOfContentsDepth: tocDepth, author: author,
                language: language.flatMap(BookSettings.languageTag), stylesheetPath: css, coverPath: cover, siteRoot: siteRoot, siteURL: siteURL)
            let batch = EPUBBatch(reader: reader, inputs: inputs, settings: settings, strict: strict, jobs: jobs)
            if let outputDir {
                outcome = batch.runPerPost(folder: outputDir, report: report, advance: advance)
            } else {
                outcome = batch.run(outputPath: output ?? "", depfilePath: depfile, report: report, advance: advance)
            }
        } else if let outputDir {
            let writers = self.to.compactMap { WriterRegistry.writer(named: $0)?.init(options: options) }
            let batch = DirectoryBatch(reader: reader, writers: writers, inputs: inputs, folder: outputDir, strict: strict, jobs: jobs)
            outcome = batch.run(report: report, advance: advance)
        } else if let writer = WriterRegistry.collectionWriter(named: to) {
            let batch = CollectionBatch(reader: reader, writer: writer.init(options: options), inputs: inputs, strict: strict, jobs: jobs)
            outcome = withSink(inputs: inputs) { batch.run(into: &$0, outputPath: $1, report: report, advance: advance) }
        } else if let writer = WriterRegistry.writer(named: to) {
            let conversion = Conversion(reader: reader, writer: writer.init(options: options), strict: strict)
            let batch = Batch(conversion: conversion, inputs: inputs, jobs: jobs)
            outcome = withSink(inputs: inputs) { sink, _ in batch.run(into: &sink, report: report, advance: advance, end: end) }
        } else {
            return
        }
        end(outcome)
    }

    /// Runs `body` with the sink `-o` names (a file replaced atomically, with its
    /// `--depfile` naming `inputs`, or standard output) and the name messages about
    /// the output use.
    private func withSink(inputs: [Input], _ body: (inout any OutputSink, String) -> BatchOutcome) -> BatchOutcome {
        var sink: any OutputSink
        let path: String
        if let output, output != "-" {
            if let depfile {
                sink = DepfileSink(base: AtomicFileSink(path: output), depfile: Depfile(target: output, inputs: inputs), path: depfile)
            } else {
                sink = AtomicFileSink(path: output)
            }
            path = output
        } else {
            sink = StreamSink()
            path = StreamSink.standardOutputPath
        }
        return body(&sink, path)
    }

    /// `SOURCE_DATE_EPOCH` from the environment, when it is a whole number of seconds
    /// from 1970 to the end of 9999.
    static var sourceDateEpoch: Int? {
        guard let value = getenv("SOURCE_DATE_EPOCH"), let seconds = Int(String(cString: value)) else { return nil }
        return (0...253_402_300_799).contains(seconds) ? seconds : nil
    }

    /// Whether a reader's posts get kramdown's typography unless `--no-typography` is
    /// given: only Jekyll posts, which kramdown renders that way; CommonMark and GFM
    /// output stays spec-exact.
    static func typographyByDefault(readerName: String) -> Bool {
        readerName == InputFormat.jekyll.name
    }
}
