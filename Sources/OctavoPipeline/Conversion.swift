import OctavoModel
import OctavoWriters

/// What converting one input gave: its output, unless it failed, and its messages.
public struct ConversionResult: Sendable {
    /// The rendered bytes; nil when an error stopped the conversion.
    public var output: [UInt8]?
    public var diagnostics: [Diagnostic]
}

/// Converts one input: read its bytes, parse them with a reader, render with a writer.
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
        do {
            return convert(try input.read(), path: input.path)
        } catch {
            return ConversionResult(output: nil, diagnostics: [error])
        }
    }

    /// Converts bytes already read; `path` is the name messages use.
    public func convert(_ bytes: [UInt8], path: String) -> ConversionResult {
        let reading: Reading
        do {
            reading = try reader.read(bytes, path: path)
        } catch let diagnostic as Diagnostic {
            return ConversionResult(output: nil, diagnostics: [diagnostic])
        } catch {
            let diagnostic = Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: "\(error)")
            return ConversionResult(output: nil, diagnostics: [diagnostic])
        }
        var diagnostics = reading.diagnostics
        if strict {
            for index in diagnostics.indices { diagnostics[index].severity = .error }
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            return ConversionResult(output: nil, diagnostics: diagnostics)
        }
        return ConversionResult(output: writer.render(reading.document), diagnostics: diagnostics)
    }
}
