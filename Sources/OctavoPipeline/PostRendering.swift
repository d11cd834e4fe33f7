import OctavoModel
import OctavoWriters

/// One post rendered by one per-post writer, with what the writer had to say about it.
struct PostRendering: Sendable {
    /// The bytes to write, unless a message is an error.
    var output: RenderedBytes
    var diagnostics: [Diagnostic]

    /// Renders `document` (read from `path`) with `writer`. The writer's warnings are
    /// located in the post; output in a format with a schema is checked against it, and
    /// every way it fails is an error for the post.
    init(_ document: Document, writer: any Writer, path: String) {
        let rendering = writer.rendering(document)
        output = rendering.bytes
        diagnostics = rendering.diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.path = path
            return diagnostic
        }
        if let schemaName = type(of: writer).schemaName {
            let format = type(of: writer).format
            diagnostics += OutputValidation.problems(rendering.bytes.array, schemaName: schemaName, path: path).map { problem in
                Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                           message: "\(format) output, line \(problem.position.line), column \(problem.position.column): \(problem.message)")
            }
        }
    }

    /// Whether a message is an error, so the output is not to be written.
    var hasError: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
