extension Array where Element == Block {
    /// Visits every block in document order, containers before their content,
    /// without recursion: list items, definitions and footnotes are walked too.
    public func forEachBlock(_ visit: (Block) -> Void) {
        var stack: [ArraySlice<Block>] = [self[...]]
        while let top = stack.popLast() {
            guard let block = top.first else { continue }
            stack.append(top.dropFirst())
            visit(block)
            switch block.kind {
            case .blockQuote(let children):
                stack.append(children[...])
            case .list(let list):
                for item in list.items.reversed() { stack.append(item.blocks[...]) }
            case .footnoteDefinition(let definition):
                stack.append(definition.blocks[...])
            case .definitionList(let list):
                for item in list.items.reversed() {
                    for definition in item.definitions.reversed() { stack.append(definition.blocks[...]) }
                }
            case .paragraph, .heading, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }
}
