import OctavoModel

/// The footnote definitions of a document, by label.
struct FootnoteIndex {
    private(set) var definitions: [String: FootnoteDefinition] = [:]

    init(_ blocks: [Block]) {
        var definitions: [String: FootnoteDefinition] = [:]
        blocks.forEachBlock { block in
            if case .footnoteDefinition(let definition) = block.kind, definitions[definition.label] == nil {
                definitions[definition.label] = definition
            }
        }
        self.definitions = definitions
    }
}
