import OctavoModel
import OctavoWriters

/// Every post converted into one file per format below an output folder
/// (`--output-dir`), where `OutputLayout` places and names it.
///
/// Each post is read and parsed once and rendered by every writer (and made into a
/// book of its own, for EPUB) on the worker threads; files are written in input order,
/// replaced atomically and left alone when unchanged. A rendering with an error is not
/// written; a book is written with its problems repaired, as one book of all posts is.
/// One bad post or output never stops the others.
public struct PostsToFolder: BatchMode {
    public let step: Step
    private var layout: OutputLayout

    /// Writes below `folder` a file per post for each of `writers`, and a book per post
    /// when `bookSettings` is given; no output may overwrite one of `inputs`.
    public init(folder: String, writers: [any Writer], bookSettings: BookSettings? = nil, inputs: [Input]) {
        step = Step(writers: writers, bookMaker: bookSettings.map { BookMaker(settings: $0, jobs: 1) })
        layout = OutputLayout(folder: folder, inputs: inputs)
    }

    /// Renders a post with every writer and makes its book.
    public struct Step: DocumentStep {
        let writers: [any Writer]
        let bookMaker: BookMaker?

        /// One post's outputs, in the order of the writers, then its book.
        public struct Result: Sendable {
            var slug: String?
            var files: [File]
        }

        /// One output file of a post before it is placed.
        struct File: Sendable {
            var fileExtension: String
            var content: Content
            /// The messages making it gave.
            var diagnostics: [Diagnostic]
        }

        enum Content: Sendable {
            case rendering(RenderedBytes)
            /// A book, or nil when nothing could be made of the post.
            case book(MadeBook?)
        }

        public func make(_ document: Document, input: Input, source: [UInt8]) -> StepOutput<Result> {
            var files = writers.map { writer in
                let rendering = PostRendering(document, writer: writer, path: input.path)
                return File(fileExtension: type(of: writer).fileExtension, content: .rendering(rendering.output),
                            diagnostics: rendering.diagnostics)
            }
            if let bookMaker {
                var diagnostics: [Diagnostic] = []
                let made = bookMaker.make([BookMaker.Post(input: input, document: document)], report: { diagnostics.append($0) })
                files.append(File(fileExtension: EPUBFormat.fileExtension, content: .book(made), diagnostics: diagnostics))
            }
            return StepOutput(Result(slug: document.metadata.slug, files: files), diagnostics: files.flatMap(\.diagnostics))
        }
    }

    public mutating func take(_ result: Step.Result, of input: Input, hasError: Bool, messages: inout BatchMessages) {
        for file in result.files {
            switch file.content {
            case .rendering(let bytes):
                guard !messages.makeError(file.diagnostics) else { continue }
                place(file, of: input, slug: result.slug, messages: &messages) { path throws(Diagnostic) in
                    try AtomicFile.write(bytes, to: path)
                }
            case .book(let made):
                guard let made else {
                    messages.fail()
                    continue
                }
                place(file, of: input, slug: result.slug, messages: &messages) { path throws(Diagnostic) in
                    try made.write(to: path)
                }
            }
        }
    }

    public mutating func finish(messages: inout BatchMessages) {}

    /// Claims the path of `file` and writes it there with `write`, creating the folders it needs.
    private mutating func place(_ file: Step.File, of input: Input, slug: String?, messages: inout BatchMessages,
                                write: (String) throws(Diagnostic) -> Void) {
        do throws(Diagnostic) {
            let path = try layout.claim(input, slug: slug, fileExtension: file.fileExtension)
            try AtomicFile.makeFolder(holding: path)
            try write(path)
        } catch {
            messages.note(error)
        }
    }
}
