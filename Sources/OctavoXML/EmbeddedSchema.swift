/// `scripts/embed-schemas` writes the cases and texts of `EmbeddedSchema` in
/// `Generated/EmbeddedSchemas.swift`; a schema's file name is written nowhere else.
extension EmbeddedSchema {
    /// The file name in `schemas/`, such as `opml-2.0.rng`.
    public var name: String { rawValue }
}
