import OctavoModel

/// A RelaxNG schema that libxml2 could not compile, with its messages.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
