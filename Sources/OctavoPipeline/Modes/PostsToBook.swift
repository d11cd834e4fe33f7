import OctavoModel
import OctavoWriters

/// All posts made into one EPUB book (`-o FILE`), or with `--split-by` one volume per
/// year or category beside it (`NAME-KEY.epub`), and, when asked, a depfile naming
/// every book written and every post and file they were made from.
///
/// A post that cannot be read is left out; images that cannot be carried become
/// placeholders with a warning. Every XML part of a book is checked against its schema
/// before the book is written; a mismatch is a fault in Octavo, said so, and that
/// book is not written.
public struct PostsToBook: BatchMode {
    public let step = Step()
    private let settings: BookSettings
    private let outputPath: String
    private let depfilePath: String?
    private let inputs: [Input]
    private let jobs: Int
    private var posts: [BookMaker.Post] = []

    /// Writes the book of `batch`'s inputs to `outputPath`, and its depfile to
    /// `depfilePath` if given; chapters are rendered on the batch's jobs.
    public init(settings: BookSettings, outputPath: String, depfilePath: String?, batch: Batch) {
        self.settings = settings
        self.outputPath = outputPath
        self.depfilePath = depfilePath
        inputs = batch.inputs
        jobs = batch.jobs
    }

    /// A book is made of all posts at once, at the end: nothing to do per post.
    public struct Step: DocumentStep {
        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<Document> {
            StepOutput(document)
        }
    }

    public mutating func take(_ document: Document, of input: Input, hasError: Bool, messages: inout BatchMessages) {
        posts.append(BookMaker.Post(input: input, document: document))
    }

    public mutating func finish(messages: inout BatchMessages) {
        guard !posts.isEmpty else {
            messages.fail()
            return
        }
        var written: [String] = []
        var filesRead: [String] = []
        for (position, volume) in volumes(of: posts).enumerated() {
            var volumeSettings = settings
            var path = outputPath
            if let key = volume.key {
                volumeSettings.volume = (key, position + 1)
                path = VolumeSplit.path(of: outputPath, key: key)
            }
            let maker = BookMaker(settings: volumeSettings, jobs: jobs)
            guard let made = maker.make(volume.posts, report: { messages.note($0) }) else {
                messages.fail()
                continue
            }
            do throws(Diagnostic) {
                try made.write(to: path)
            } catch {
                messages.note(error)
                continue
            }
            written.append(path)
            filesRead += made.filesRead
        }
        guard !written.isEmpty else {
            messages.fail()
            return
        }
        if let depfilePath {
            do throws(Diagnostic) {
                try Depfile(targets: written, inputs: inputs, otherFiles: filesRead).write(to: depfilePath)
            } catch {
                messages.note(error)
            }
        }
    }

    /// The posts of each book: all of them, or with `--split-by` one volume per key,
    /// keys in order (years ascending, categories by name).
    private func volumes(of posts: [BookMaker.Post]) -> [(key: String?, posts: [BookMaker.Post])] {
        guard let split = settings.splitBy else { return [(nil, posts)] }
        let groups = Dictionary(grouping: posts) { split.key(of: $0.document) }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }
}
