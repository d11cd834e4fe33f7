/// A schema from `schemas/`, compiled into the binary so nothing is looked up at run
/// time. `scripts/embed-schemas` writes the list in `Generated/EmbeddedSchemas.swift`.
public struct EmbeddedSchema: Sendable, Hashable {
    /// The file name in `schemas/`, such as `opml-2.0.rng`.
    public let name: String
    /// The file's exact text.
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// The embedded schema with this file name, or nil.
    public static func named(_ name: String) -> EmbeddedSchema? {
        all.first { $0.name == name }
    }
}
