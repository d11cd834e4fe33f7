import OctavoModel

/// The headings of a document in order, for tables of contents and navigation.
struct Outline {
    /// One heading that has an identifier.
    struct Entry {
        var level: Int
        var id: String
        var content: [Inline]
    }

    private(set) var entries: [Entry] = []

    /// Collects every heading with an identifier, except those with the class `no_toc`.
    init(_ blocks: [Block]) {
        var entries: [Entry] = []
        blocks.forEachBlock { block in
            if case .heading(let heading) = block.kind, let id = block.attributes.id,
               !block.attributes.classes.contains("no_toc") {
                entries.append(Entry(level: heading.level, id: id, content: heading.content))
            }
        }
        self.entries = entries
    }
}
