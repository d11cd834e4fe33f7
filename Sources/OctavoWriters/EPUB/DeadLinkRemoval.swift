import OctavoModel

extension BookLinks {
    /// `document` with every Markdown link whose target is `.text` replaced by its
    /// content, so no link in the book points nowhere. Links in raw HTML are left to
    /// the chapter renderer.
    public func removingDeadLinks(from document: Document) -> Document {
        var document = document
        let rewriter = DeadLinkRewriter(links: self, source: document.metadata.source, metadata: document.metadata)
        document.blocks = document.blocks.map(rewriter.block)
        return document
    }
}

/// Walks blocks and inlines, rebuilding those that hold a dead link.
private struct DeadLinkRewriter {
    let links: BookLinks
    let source: String?
    let metadata: Metadata

    func block(_ block: Block) -> Block {
        var block = block
        switch block.kind {
        case .paragraph(let content):
            block.kind = .paragraph(inlines(content))
        case .heading(var heading):
            heading.content = inlines(heading.content)
            block.kind = .heading(heading)
        case .blockQuote(let children):
            block.kind = .blockQuote(children.map(self.block))
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map(self.block)
                return item
            }
            block.kind = .list(list)
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            block.kind = .table(table)
        case .footnoteDefinition(var definition):
            definition.blocks = definition.blocks.map(self.block)
            block.kind = .footnoteDefinition(definition)
        case .definitionList(var list):
            list.items = list.items.map { item in
                var item = item
                item.terms = item.terms.map { term in
                    var term = term
                    term.content = inlines(term.content)
                    return term
                }
                item.definitions = item.definitions.map { definition in
                    var definition = definition
                    definition.blocks = definition.blocks.map(self.block)
                    return definition
                }
                return item
            }
            block.kind = .definitionList(list)
        case .thematicBreak, .codeBlock, .html, .math, .tableOfContents:
            break
        }
        return block
    }

    func inlines(_ content: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(content.count)
        for inline in content {
            switch inline {
            case .link(var link):
                link.content = inlines(link.content)
                if links.target(of: link.destination, source: source, metadata: metadata) == .text {
                    result.append(contentsOf: link.content)
                } else {
                    result.append(.link(link))
                }
            case .emphasis(let children):
                result.append(.emphasis(inlines(children)))
            case .strong(let children):
                result.append(.strong(inlines(children)))
            case .strikethrough(let children):
                result.append(.strikethrough(inlines(children)))
            case .attributed(var attributed):
                let inner = inlines([attributed.inline])
                if inner.count == 1 {
                    attributed.inline = inner[0]
                    result.append(.attributed(attributed))
                } else {
                    result.append(contentsOf: inner)
                }
            case .image, .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation:
                result.append(inline)
            }
        }
        return result
    }
}
