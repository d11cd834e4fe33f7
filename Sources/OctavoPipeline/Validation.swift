import OctavoModel
import OctavoXML

/// Checks files against the embedded schema of their format (`octavo validate`).
public struct Validation: Sendable {
    public let inputs: [Input]

    public init(inputs: [Input]) {
        self.inputs = inputs
    }

    /// Checks every input in order, passing each message to `report`; returns whether
    /// all inputs were read, recognised, well-formed and valid.
    public func run(report: (Diagnostic) -> Void) -> Bool {
        var valid = true
        for input in inputs {
            let diagnostics = check(input)
            diagnostics.forEach(report)
            if diagnostics.contains(where: { $0.severity == .error }) { valid = false }
        }
        return valid
    }

    private func check(_ input: Input) -> [Diagnostic] {
        let start = SourcePosition(line: 1, column: 1)
        let bytes: [UInt8]
        do {
            bytes = try input.read()
        } catch {
            return [error]
        }
        guard let format = ValidatedFormat.recognise(path: input.path, bytes: bytes) else {
            let known = ValidatedFormat.all.map { "\($0.name) (<\($0.rootElement)>, .\($0.fileExtensions.joined(separator: ", .")))" }
            return [Diagnostic(.error, path: input.path, position: start,
                               message: "no schema for this file; octavo validate checks " + known.joined(separator: "; "))]
        }
        do throws(SchemaError) {
            return try ThreadValidators.validator(forEmbedded: format.schemaName).validate(bytes, path: input.path)
        } catch {
            return error.diagnostics
        }
    }
}
