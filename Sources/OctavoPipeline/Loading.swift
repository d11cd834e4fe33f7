import OctavoModel

/// What reading one input gave: its document, unless an error stopped it or the
/// input is left out, and its messages.
public struct Loading: Sendable {
    public var document: Document?
    public var diagnostics: [Diagnostic]
    /// Whether the input was read but is not to be converted (a post Jekyll would not
    /// publish); `document` is then nil, and that is no failure.
    public var isLeftOut = false

    /// Whether the input failed: no document, and not because it is left out.
    public var failed: Bool { document == nil && !isLeftOut }
}

extension InputFormat {
    /// Reads and parses `input`; a read failure is an error diagnostic, and with
    /// `strict` every warning is an error. Any error leaves `document` nil.
    public func load(_ input: Input, strict: Bool) -> Loading {
        do {
            return load(try input.read(), path: input.path, strict: strict)
        } catch {
            return Loading(document: nil, diagnostics: [error])
        }
    }

    /// Parses bytes already read; `path` is the name messages use. Bytes that are
    /// not text (see `TextCheck`) are an error and are not parsed.
    public func load(_ bytes: [UInt8], path: String, strict: Bool) -> Loading {
        if let problem = TextCheck.problem(bytes, path: path) {
            return Loading(document: nil, diagnostics: [problem])
        }
        let reading: Reading
        do {
            reading = try read(bytes, path: path)
        } catch let diagnostic as Diagnostic {
            return Loading(document: nil, diagnostics: [diagnostic])
        } catch {
            let diagnostic = Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: "\(error)")
            return Loading(document: nil, diagnostics: [diagnostic])
        }
        var diagnostics = reading.diagnostics
        if strict {
            for index in diagnostics.indices { diagnostics[index].severity = .error }
        }
        let failed = diagnostics.contains { $0.severity == .error }
        if !failed, reading.isLeftOut { return Loading(document: nil, diagnostics: diagnostics, isLeftOut: true) }
        return Loading(document: failed ? nil : reading.document, diagnostics: diagnostics)
    }
}
