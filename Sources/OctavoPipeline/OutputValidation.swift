import OctavoModel
import OctavoXML

/// Checks generated XML against embedded schemas before it is written, with the
/// schemas compiled once per thread (`ThreadValidators`).
public enum OutputValidation {
    /// The problems of `bytes` against the embedded schema `schemaName`, as messages
    /// about `path` (the output's name); empty when the output is valid.
    public static func problems(_ bytes: [UInt8], schemaName: EmbeddedSchema, path: String) -> [Diagnostic] {
        let validator: RelaxNGValidator
        do throws(SchemaError) {
            validator = try ThreadValidators.validator(forEmbedded: schemaName)
        } catch {
            return error.diagnostics
        }
        return validator.validate(bytes, path: path).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = "output does not match schemas/\(schemaName.name): " + diagnostic.message
            return diagnostic
        }
    }

    /// `problems` of a whole output (a collection or a book) said to be a fault in
    /// Octavo: its writers repair or leave out whatever in the posts does not fit, so an
    /// output that still fails its schema is a bug, and it is not written.
    public static func faultInOctavo(_ problems: [Diagnostic], output: String) -> [Diagnostic] {
        problems.map { problem in
            var problem = problem
            problem.severity = .error
            problem.message = "internal error, a fault in Octavo and not in the posts (please report it): " + problem.message
                + "; \(output) is not written"
            return problem
        }
    }
}
