import OctavoModel
import OctavoWriters

/// Converts every input into one file per writer below an output folder (`--output-dir`).
///
/// Each input is read and parsed once, and the document is rendered by every writer.
/// Inputs are converted on `jobs` threads; messages and writes still come in input
/// order, so they are the same for any number of jobs. Files are replaced atomically
/// and left alone when unchanged. One bad input or output never stops the others.
public struct DirectoryBatch: Sendable {
    public let reader: InputFormat
    public let writers: [any Writer]
    public let inputs: [Input]
    /// The output folder; `OutputLayout` says where each file goes below it.
    public let folder: String
    /// Treat warnings as errors.
    public let strict: Bool
    public let jobs: Int

    public init(reader: InputFormat, writers: [any Writer], inputs: [Input], folder: String, strict: Bool = false, jobs: Int = 1) {
        self.reader = reader
        self.writers = writers
        self.inputs = inputs
        self.folder = folder
        self.strict = strict
        self.jobs = jobs
    }

    /// One input's messages, slug and rendering by each writer (nil when reading it
    /// failed; an output is nil when that writer failed).
    private struct Rendering: Sendable {
        var diagnostics: [Diagnostic]
        var slug: String?
        var outputs: [RenderedBytes?]?
        var isLeftOut = false
    }

    /// Runs the batch, passing every message to `report` in input order and calling
    /// `advance` after each input.
    public func run(report: (Diagnostic) -> Void, advance: () -> Void = {}) -> BatchOutcome {
        let reader = reader, writers = writers, inputs = inputs, strict = strict
        var layout = OutputLayout(folder: folder, inputs: inputs)
        var failed = false
        OrderedWork(jobs: jobs).run(count: inputs.count, { index in
            let loading = reader.load(inputs[index], strict: strict)
            guard let document = loading.document else {
                return Rendering(diagnostics: loading.diagnostics, slug: nil, outputs: nil, isLeftOut: loading.isLeftOut)
            }
            let renderings = writers.map { PostRendering(document, writer: $0, path: inputs[index].path, strict: strict) }
            return Rendering(diagnostics: loading.diagnostics + renderings.flatMap(\.diagnostics), slug: document.metadata.slug,
                             outputs: renderings.map(\.output))
        }) { index, rendering in
            defer { advance() }
            rendering.diagnostics.forEach(report)
            guard let outputs = rendering.outputs else {
                if !rendering.isLeftOut { failed = true }
                return
            }
            for (writer, output) in zip(writers, outputs) {
                guard let output else {
                    failed = true
                    continue
                }
                do throws(Diagnostic) {
                    let path = try layout.claim(inputs[index], slug: rendering.slug, fileExtension: type(of: writer).fileExtension)
                    try Self.write(output, to: path)
                } catch {
                    report(error)
                    failed = true
                }
            }
        }
        return failed ? .failed : .succeeded
    }

    /// Creates the folders above `path` that do not exist yet.
    static func makeFolder(holding path: String) throws(Diagnostic) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let code = System.makeFolders(String(path[..<slash]))
        if code != 0 {
            throw Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                             message: "cannot create folder: \(System.errorMessage(code))")
        }
    }

    /// Writes `bytes` to `path` atomically, creating the folders it needs.
    private static func write(_ bytes: RenderedBytes, to path: String) throws(Diagnostic) {
        try makeFolder(holding: path)
        var sink = AtomicFileSink(path: path)
        do throws(OutputError) {
            sink.write(bytes)
            try sink.finish()
        } catch {
            switch error {
            case .failed(let diagnostic): throw diagnostic
            case .closed: throw Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: "output closed")
            }
        }
    }
}
