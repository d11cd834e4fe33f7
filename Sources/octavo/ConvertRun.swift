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

extension ConvertOptions {
    /// Converts the inputs and ends the process: status 0, or 1 when an input or the
    /// output failed. The options must have no `usageProblem`.
    func run() -> Never {
        if listFormats {
            exit(Formats.writeList() ? 0 : 1)
        }
        guard var reader = ReaderRegistry.reader(named: from), let to = to.first else { exit(2) }
        if reader.name == InputFormat.jekyll.name, siteRoot != nil || unpublished {
            reader = .jekyll(siteRoot: siteRoot, includesUnpublished: unpublished)
        }
        let inputs = InputExpansion(includesDrafts: drafts, standardInputName: stdinName).inputs(inputs)
        if standalone, outputDir == nil, inputs.count > 1 {
            StandardError.write("Error: \(Self.standaloneInputsProblem)\n")
            exit(2)
        }
        let options = WriterOptions(
            typography: noTypography ? false : nil,
            title: title, directoryName: Input.folderName(of: inputs), flatOutline: opmlFlat,
            sourceDateEpoch: Self.sourceDateEpoch, currentTime: time(nil), math: math.flatMap(MathMarkup.init(rawValue:)),
            standalone: standalone, stylesheetLink: standalone ? css : nil, archiveLinks: archiveLinks,
            highlightsCode: highlight ? true : nil)
        var jobs = jobs ?? OrderedWork.coreCount
        let quiet = quiet
        if jobs > 1, inputs.count > 1, case .unreachable(let reason) = JobServer.processConnection {
            if !quiet { StandardError.write("Warning: \(reason); running one job at a time\n") }
            jobs = 1
        }
        let bar = progress.shows(postCount: inputs.count, quiet: quiet) ? ProgressBar(total: inputs.count) : nil
        let report: (Diagnostic) -> Void = { diagnostic in
            guard !quiet || diagnostic.severity == .error else { return }
            if let bar { bar.report(diagnostic) } else { StandardError.report(diagnostic) }
        }
        let advance: () -> Void = { bar?.advance() }
        let end: (BatchOutcome) -> Never = { outcome in
            bar?.finish()
            exit(outcome == .failed ? 1 : 0)
        }
        let batch = Batch(reader: reader, inputs: inputs, strict: strict, jobs: jobs)
        let outcome: BatchOutcome
        let settings = BookSettings(
            options: options, order: ChapterOrder(rawValue: order) ?? .date, tableOfContentsDepth: tocDepth, author: author,
            language: language.flatMap(BookSettings.languageTag), stylesheetPath: css, coverPath: cover, siteRoot: siteRoot, siteURL: siteURL,
            splitBy: splitBy.flatMap(VolumeSplit.init(rawValue:)))
        if let outputDir {
            let writers = self.to.compactMap { WriterRegistry.writer(named: $0)?.init(options: options) }
            var mode = PostsToFolder(folder: outputDir, writers: writers, bookSettings: self.to.contains(EPUBFormat.format) ? settings : nil,
                                     inputs: inputs)
            outcome = batch.run(&mode, report: report, advance: advance)
        } else if to == EPUBFormat.format {
            var mode = PostsToBook(settings: settings, outputPath: output ?? "", depfilePath: depfile, batch: batch)
            outcome = batch.run(&mode, report: report, advance: advance)
        } else if let writer = WriterRegistry.collectionWriter(named: to) {
            func write(to sink: some OutputSink, named path: String) -> BatchOutcome {
                var mode = PostsToCollection(writer: writer.init(options: options), sink: sink, outputPath: path)
                return batch.run(&mode, report: report, advance: advance)
            }
            outcome = withSink(inputs: inputs) { write(to: $0, named: $1) }
        } else if let writer = WriterRegistry.writer(named: to) {
            func write(to sink: some OutputSink) -> Never {
                var mode = PostsToStream(writer: writer.init(options: options), sink: sink, oneAtATime: batch.convertsOneAtATime)
                batch.run(&mode, report: report, advance: advance, end: end)
            }
            outcome = withSink(inputs: inputs) { sink, _ in write(to: sink) }
        } else {
            exit(2)
        }
        end(outcome)
    }

    /// Runs `body` with the sink `-o` names (a file replaced atomically, with its
    /// `--depfile` naming `inputs`, or standard output) and the name messages about
    /// the output use.
    private func withSink(inputs: [Input], _ body: (any OutputSink, String) -> BatchOutcome) -> BatchOutcome {
        let sink: any OutputSink
        let path: String
        if let output, output != "-" {
            if let depfile {
                sink = DepfileSink(base: AtomicFileSink(path: output), depfile: Depfile(targets: [output], inputs: inputs), path: depfile)
            } else {
                sink = AtomicFileSink(path: output)
            }
            path = output
        } else {
            sink = StreamSink()
            path = StreamSink.standardOutputPath
        }
        return body(sink, path)
    }
}
