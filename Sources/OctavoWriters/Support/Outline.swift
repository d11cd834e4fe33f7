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
        var pending = blocks[...]
        var stack: [ArraySlice<Block>] = []
        while true {
            guard let block = pending.popFirst() else {
                guard let next = stack.popLast() else { break }
                pending = next
                continue
            }
            switch block.kind {
            case .heading(let heading):
                if let id = block.attributes.id, !block.attributes.classes.contains("no_toc") {
                    entries.append(Entry(level: heading.level, id: id, content: heading.content))
                }
            case .blockQuote(let children):
                stack.append(pending)
                pending = children[...]
            case .list(let list):
                stack.append(pending)
                pending = list.items.flatMap(\.blocks)[...]
            case .definitionList(let list):
                stack.append(pending)
                pending = list.items.flatMap(\.definitions).flatMap(\.blocks)[...]
            case .footnoteDefinition(let definition):
                stack.append(pending)
                pending = definition.blocks[...]
            case .paragraph, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }
}
