import OctavoModel
import OctavoWriters

/// Makes EPUB books: one book of all inputs (`-o FILE`), or one book per input below
/// a folder (`--output-dir`).
///
/// A bad input is reported and left out; the others still make the book. Every XML
/// part of a book is validated against its embedded schema first; if one does not
/// match, that is an error and the book is not written. Images that cannot be
/// carried are warnings (errors with `strict`) and become placeholders.
public struct EPUBBatch: Sendable {
    /// How the posts are read (`-f`).
    public let reader: InputFormat
    /// The posts, in the order given.
    public let inputs: [Input]
    /// What the command line says about the book.
    public let settings: BookSettings
    /// Treat warnings as errors.
    public let strict: Bool
    /// How many posts are read and rendered at once.
    public let jobs: Int

    public init(reader: InputFormat, inputs: [Input], settings: BookSettings, strict: Bool = false, jobs: Int = 1) {
        self.reader = reader
        self.inputs = inputs
        self.settings = settings
        self.strict = strict
        self.jobs = jobs
    }

    /// Writes one book of every input to `outputPath` (with `--split-by`, one volume per
    /// year or category beside it, `NAME-KEY.epub`) and, when `depfilePath` is given, a
    /// make rule naming every book written and every post and file they were made from.
    public func run(outputPath: String, depfilePath: String?, report: (Diagnostic) -> Void, advance: () -> Void = {}) -> BatchOutcome {
        var posts: [BookMaker.Post] = []
        var failed = false
        let reader = reader, inputs = inputs, strict = strict
        OrderedWork(jobs: jobs).run(count: inputs.count, { reader.load(inputs[$0], strict: strict) }) { index, loading in
            loading.diagnostics.forEach(report)
            if let document = loading.document {
                posts.append(BookMaker.Post(input: inputs[index], document: document))
            } else if loading.failed {
                failed = true
            }
            advance()
        }
        guard !posts.isEmpty else { return .failed }
        var written: [String] = []
        var filesRead: [String] = []
        for (position, volume) in volumes(of: posts).enumerated() {
            var volumeSettings = settings
            var path = outputPath
            if let key = volume.key {
                volumeSettings.volume = (key, position + 1)
                path = VolumeSplit.path(of: outputPath, key: key)
            }
            let maker = BookMaker(settings: volumeSettings, strict: strict, jobs: jobs)
            guard let made = maker.make(volume.posts, report: report, failed: &failed),
                  Self.write(made, to: path, report: report) else {
                failed = true
                continue
            }
            written.append(path)
            filesRead += made.filesRead
        }
        guard !written.isEmpty else { return .failed }
        if let depfilePath {
            let depfile = Depfile(targets: written, inputs: inputs, otherFiles: filesRead)
            var sink = AtomicFileSink(path: depfilePath)
            do throws(OutputError) {
                try sink.write(Array(depfile.text.utf8))
                try sink.finish()
            } catch {
                if case .failed(let diagnostic) = error { report(diagnostic) }
                return .failed
            }
        }
        return failed ? .failed : .succeeded
    }

    /// The posts of each book: all of them, or with `--split-by` one volume per key,
    /// keys in order (years ascending, categories by name).
    private func volumes(of posts: [BookMaker.Post]) -> [(key: String?, posts: [BookMaker.Post])] {
        guard let split = settings.splitBy else { return [(nil, posts)] }
        let groups = Dictionary(grouping: posts) { split.key(of: $0.document) }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Writes one book per input below `folder`, named by the post's slug (see
    /// `OutputLayout`) with the extension `.epub`.
    public func runPerPost(folder: String, report: (Diagnostic) -> Void, advance: () -> Void = {}) -> BatchOutcome {
        let reader = reader, inputs = inputs, strict = strict
        let maker = BookMaker(settings: settings, strict: strict, jobs: 1)
        var layout = OutputLayout(folder: folder, inputs: inputs)
        var failed = false
        OrderedWork(jobs: jobs).run(count: inputs.count, { index in
            let loading = reader.load(inputs[index], strict: strict)
            var diagnostics = loading.diagnostics
            var bookFailed = loading.failed
            let made = loading.document.flatMap { document in
                maker.make([BookMaker.Post(input: inputs[index], document: document)], report: { diagnostics.append($0) }, failed: &bookFailed)
            }
            return PostBook(diagnostics: diagnostics, slug: loading.document?.metadata.slug, made: made, failed: bookFailed)
        }) { index, result in
            defer { advance() }
            result.diagnostics.forEach(report)
            if result.failed { failed = true }
            guard let made = result.made else { return }
            do throws(Diagnostic) {
                let path = try layout.claim(inputs[index], slug: result.slug, fileExtension: EPUBFormat.fileExtension)
                try DirectoryBatch.makeFolder(holding: path)
                if !Self.write(made, to: path, report: report) { failed = true }
            } catch {
                report(error)
                failed = true
            }
        }
        return failed ? .failed : .succeeded
    }

    /// What one input of `runPerPost` gave.
    private struct PostBook: Sendable {
        var diagnostics: [Diagnostic]
        var slug: String?
        var made: MadeBook?
        var failed: Bool
    }

    /// Validates the book's parts and writes it; false (after reporting why) when it
    /// was not written.
    private static func write(_ made: MadeBook, to path: String, report: (Diagnostic) -> Void) -> Bool {
        let parts = made.book.parts
        let problems = BookValidation.problems(parts, bookPath: path)
        guard problems.isEmpty else {
            problems.forEach(report)
            return false
        }
        do throws(Diagnostic) {
            try BookFile.write(parts, images: made.imageFiles, modified: made.book.modified, to: path)
            return true
        } catch {
            report(error)
            return false
        }
    }
}
