/// A kramdown definition list: terms, each followed by one or more definitions.
public struct DefinitionList: Sendable, Hashable {
    public var items: [DefinitionItem]

    public init(items: [DefinitionItem]) {
        self.items = items
    }
}

/// One or more terms (one per source line) and the definitions that follow them.
public struct DefinitionItem: Sendable, Hashable {
    public var terms: [DefinitionTerm]
    public var definitions: [Definition]

    public init(terms: [DefinitionTerm], definitions: [Definition]) {
        self.terms = terms
        self.definitions = definitions
    }
}

/// A defined term and the attributes of an attribute list written before it.
public struct DefinitionTerm: Sendable, Hashable {
    public var content: [Inline]
    public var attributes: Attributes

    public init(content: [Inline], attributes: Attributes = Attributes()) {
        self.content = content
        self.attributes = attributes
    }
}

/// One definition, written after `: `.
public struct Definition: Sendable, Hashable {
    public var blocks: [Block]
    /// A tight definition (no blank line before its `:`) renders its first paragraph without `<p>`.
    public var isTight: Bool
    /// From an attribute list at the start of the definition.
    public var attributes: Attributes
    public var range: SourceRange

    public init(blocks: [Block], isTight: Bool, attributes: Attributes = Attributes(), range: SourceRange) {
        self.blocks = blocks
        self.isTight = isTight
        self.attributes = attributes
        self.range = range
    }
}
