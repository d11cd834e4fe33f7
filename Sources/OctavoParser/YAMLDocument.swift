import Yams

/// Reads YAML text (front matter, a site's `_config.yml`) into Yams' node tree.
enum YAMLDocument {
    /// The root node of `yaml`, or nil for an empty document. The basic resolver leaves
    /// scalar typing to the caller (`PlainScalar`; no regular expressions), and the
    /// constructor has no maps: the tables of Yams' default one take longer to build
    /// than a typical front matter takes to read, and are never used.
    static func root(of yaml: String) throws -> Node? {
        try Parser(yaml: yaml, resolver: .basic, constructor: Constructor([:], [:], [:]), encoding: .utf8).singleRoot()
    }
}
