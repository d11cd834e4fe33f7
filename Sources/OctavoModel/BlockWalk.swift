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

extension Array where Element == Block {
    /// Lets `update` change every block in document order, containers before their
    /// content: list items, definitions and footnotes are walked too. Recursion goes as
    /// deep as the containers nest.
    public mutating func updateEachBlock(_ update: (inout Block) -> Void) {
        for index in indices {
            update(&self[index])
            switch self[index].kind {
            case .blockQuote(var children):
                children.updateEachBlock(update)
                self[index].kind = .blockQuote(children)
            case .list(var list):
                for item in list.items.indices { list.items[item].blocks.updateEachBlock(update) }
                self[index].kind = .list(list)
            case .footnoteDefinition(var definition):
                definition.blocks.updateEachBlock(update)
                self[index].kind = .footnoteDefinition(definition)
            case .definitionList(var list):
                for item in list.items.indices {
                    for definition in list.items[item].definitions.indices {
                        list.items[item].definitions[definition].blocks.updateEachBlock(update)
                    }
                }
                self[index].kind = .definitionList(list)
            case .paragraph, .heading, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }
}
