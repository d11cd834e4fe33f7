import OctavoModel
import OctavoWriters

/// What converting one input gave: its output, unless it failed, and its messages.
public struct ConversionResult: Sendable {
    /// The rendered bytes; nil when an error stopped the conversion or the input is left out.
    public var output: RenderedBytes?
    public var diagnostics: [Diagnostic]
    /// Whether the input is left out (see `Loading.isLeftOut`).
    public var isLeftOut = false
    /// The document read, when the conversion was asked to keep it.
    var document: Document? = nil
}

/// Converts one input: read its bytes, parse them with a reader, render with a writer
/// (and check the output against the writer's schema, if it has one).
public struct Conversion: Sendable {
    public let reader: InputFormat
    public let writer: any Writer
    /// Treat warnings as errors.
    public let strict: Bool

    public init(reader: InputFormat, writer: any Writer, strict: Bool = false) {
        self.reader = reader
        self.writer = writer
        self.strict = strict
    }

    /// Reads and converts `input`; a read failure is an error diagnostic.
    public func convert(_ input: Input) -> ConversionResult {
        render(reader.load(input, strict: strict), path: input.path)
    }

    /// Reads and converts `input`, keeping its document in the result if `keepsDocument`.
    func convert(_ input: Input, keepsDocument: Bool) -> ConversionResult {
        let loading = reader.load(input, strict: strict)
        var result = render(loading, path: input.path)
        if keepsDocument { result.document = loading.document }
        return result
    }

    /// Converts bytes already read; `path` is the name messages use.
    public func convert(_ bytes: [UInt8], path: String) -> ConversionResult {
        render(reader.load(bytes, path: path, strict: strict), path: path)
    }

    /// Reads `input`, passes its messages to `report`, then writes its rendering into
    /// `sink` piece by piece as the writer makes it (for a writer that `streams`).
    /// Returns the loading: its document is nil when nothing was written.
    func stream(_ input: Input, into sink: inout some OutputSink, report: (Diagnostic) -> Void) throws(OutputError) -> Loading {
        let loading = reader.load(input, strict: strict)
        loading.diagnostics.forEach(report)
        guard let document = loading.document else { return loading }
        var failure: OutputError?
        writer.write(document, inPiecesOf: Self.pieceSize) { piece in
            do throws(OutputError) {
                try sink.write(piece)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return loading
    }

    /// The size of the pieces a streaming writer hands over.
    static let pieceSize = 1 << 16

    private func render(_ loading: Loading, path: String) -> ConversionResult {
        guard let document = loading.document else {
            return ConversionResult(output: nil, diagnostics: loading.diagnostics, isLeftOut: loading.isLeftOut)
        }
        let rendering = PostRendering(document, writer: writer, path: path, strict: strict)
        return ConversionResult(output: rendering.output, diagnostics: loading.diagnostics + rendering.diagnostics)
    }
}
