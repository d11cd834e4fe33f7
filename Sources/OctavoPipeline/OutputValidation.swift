import OctavoModel
import OctavoXML

/// Checks generated XML against embedded schemas before it is written, compiling
/// each schema once for all the documents checked with one value.
public struct OutputValidation {
    private var validators: [String: RelaxNGValidator] = [:]

    public init() {}

    /// The problems of `bytes` against the embedded schema `schemaName`, as messages
    /// about `path` (the output's name); empty when the output is valid.
    public mutating func problems(_ bytes: [UInt8], schemaName: String, path: String) -> [Diagnostic] {
        let validator: RelaxNGValidator
        if let compiled = validators[schemaName] {
            validator = compiled
        } else {
            guard let schema = EmbeddedSchema.named(schemaName) else {
                return [Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                                   message: "no embedded schema named \(schemaName)")]
            }
            do {
                validator = try RelaxNGValidator(schema)
            } catch {
                return error.diagnostics
            }
            validators[schemaName] = validator
        }
        return validator.validate(bytes, path: path).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = "output does not match schemas/\(schemaName): " + diagnostic.message
            return diagnostic
        }
    }

    /// The problems of one output; see the method of the same name.
    public static func problems(_ bytes: [UInt8], schemaName: String, path: String) -> [Diagnostic] {
        var validation = OutputValidation()
        return validation.problems(bytes, schemaName: schemaName, path: path)
    }
}
