import OctavoModel
import OctavoXML

/// Checks generated XML against an embedded schema before it is written.
public enum OutputValidation {
    /// The problems of `bytes` against the embedded schema `schemaName`, as messages
    /// about `path` (the output's name); empty when the output is valid.
    public static func problems(_ bytes: [UInt8], schemaName: String, path: String) -> [Diagnostic] {
        guard let schema = EmbeddedSchema.named(schemaName) else {
            return [Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                               message: "no embedded schema named \(schemaName)")]
        }
        let validator: RelaxNGValidator
        do {
            validator = try RelaxNGValidator(schema)
        } catch {
            return error.diagnostics
        }
        return validator.validate(bytes, path: path).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = "output does not match schemas/\(schemaName): " + diagnostic.message
            return diagnostic
        }
    }
}
