import OctavoModel

/// What the reading-list pass reacts to, one block (or table cell) at a time.
enum ReadingEvent {
    case heading(level: Int, content: [Inline], range: SourceRange)
    case thematicBreak
    /// A list item, block quote, table row or footnote definition begins.
    case enter
    /// The container entered last ends.
    case exit
    /// A paragraph or a table cell, split into its source lines; `firstLine` is
    /// the source line of the first.
    case lines([InlineLine], range: SourceRange, firstLine: Int)
    /// The text of a code block.
    case literal(String)
}

extension ReadingEvent {
    /// Hands the events of `blocks` to `pass` in document order, without recursion
    /// so that deeply nested containers cannot exhaust the stack.
    static func send(_ blocks: [Block], to pass: inout ReadingListPass) {
        enum Pending {
            case blocks(ArraySlice<Block>)
            case enter
            case exit
        }
        var stack: [Pending] = [.blocks(blocks[...])]
        func enclose(_ children: [Block]) {
            stack.append(.exit)
            stack.append(.blocks(children[...]))
            stack.append(.enter)
        }
        while let pending = stack.popLast() {
            let slice: ArraySlice<Block>
            switch pending {
            case .enter:
                pass.handle(.enter)
                continue
            case .exit:
                pass.handle(.exit)
                continue
            case .blocks(let blocks):
                slice = blocks
            }
            guard let block = slice.first else { continue }
            stack.append(.blocks(slice.dropFirst()))
            switch block.kind {
            case .paragraph(let content):
                pass.handle(.lines(InlineLine.lines(of: content), range: block.range, firstLine: block.range.start.line))
            case .heading(let heading):
                pass.handle(.heading(level: heading.level, content: heading.content, range: block.range))
            case .thematicBreak:
                pass.handle(.thematicBreak)
            case .blockQuote(let children):
                enclose(children)
            case .list(let list):
                list.items.reversed().forEach { enclose($0.blocks) }
            case .codeBlock(let code):
                pass.handle(.literal(code.text))
            case .html:
                break
            case .table(let table):
                for (index, row) in ([table.header] + table.rows).enumerated() {
                    // The delimiter row follows the header; every row is one line.
                    let line = block.range.start.line + (index == 0 ? 0 : index + 1)
                    pass.handle(.enter)
                    for cell in row {
                        pass.handle(.lines([InlineLine(inlines: cell)], range: block.range, firstLine: line))
                    }
                    pass.handle(.exit)
                }
            case .footnoteDefinition(let definition):
                enclose(definition.blocks)
            case .math(let tex):
                pass.handle(.literal(tex))
            case .tableOfContents:
                break
            case .definitionList(let list):
                for item in list.items.reversed() {
                    item.definitions.reversed().forEach { enclose($0.blocks) }
                    stack.append(.blocks(item.terms.map { Block(.paragraph($0.content), range: block.range) }[...]))
                }
            }
        }
    }
}
