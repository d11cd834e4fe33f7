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

    /// Collects every heading with an identifier, except those with the class `no_toc`
    /// and those inside footnotes (which stand apart from the text, or are not written
    /// at all when nothing refers to them).
    init(_ blocks: [Block]) {
        var entries: [Entry] = []
        var footnotes: [SourceRange] = []
        blocks.forEachBlock { block in
            if case .footnoteDefinition = block.kind {
                footnotes.append(block.range)
            } else if case .heading(let heading) = block.kind, let id = block.attributes.id,
                      !block.attributes.classes.contains("no_toc"),
                      !footnotes.contains(where: { $0.start <= block.range.start && block.range.end <= $0.end }) {
                entries.append(Entry(level: heading.level, id: id, content: heading.content))
            }
        }
        self.entries = entries
    }
}

extension Outline {
    /// What a page's `<title>` says, which must not be empty: the post's title, else
    /// its first heading, else its slug, else `Untitled`.
    func pageTitle(of document: Document) -> String {
        let candidates = [document.metadata.title, entries.first?.content.plainText, document.metadata.slug]
        let title = candidates.lazy.compactMap { $0?.trimmingWhitespace }.first { $0.hasText }
        return title ?? "Untitled"
    }
}
