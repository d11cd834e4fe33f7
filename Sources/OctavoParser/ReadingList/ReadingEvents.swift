import OctavoModel

/// What the reading-list pass reacts to, one block (or table cell) at a time.
enum ReadingEvent {
    case heading(level: Int, content: [Inline], range: SourceRange)
    case thematicBreak
    /// A list item, block quote, table row or footnote definition begins.
    case enter
    /// The container entered last ends.
    case exit
    /// A paragraph, whose source lines are split at its line breaks; `firstLine` is the
    /// source line of the first.
    case paragraph([Inline], range: SourceRange, firstLine: Int)
    /// A table cell: one line, the source line `line`.
    case cell([Inline], range: SourceRange, line: Int)
    /// The text of a code block.
    case literal(String)
}

extension ReadingEvent {
    /// Hands the events of `blocks` to `pass` in document order, without recursion
    /// so that deeply nested containers cannot exhaust the stack.
    static func send(_ blocks: [Block], to pass: inout ReadingListPass) {
        var stack: [Pending] = [.blocks(blocks[...])]
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
            // Siblings are read in turn, in place (a copy of each block would retain and
            // release all it holds); a container puts the rest of them on the stack below
            // its own content.
            slice.withUnsafeBufferPointer { siblings in
                for index in siblings.indices {
                    let range = siblings[index].range
                    switch siblings[index].kind {
                    case .paragraph(let content):
                        pass.handle(.paragraph(content, range: range, firstLine: range.start.line))
                    case .heading(let heading):
                        pass.handle(.heading(level: heading.level, content: heading.content, range: range))
                    case .thematicBreak:
                        pass.handle(.thematicBreak)
                    case .blockQuote(let children):
                        stack.append(.blocks(slice.dropFirst(index + 1)))
                        stack.enclose(children)
                        return
                    case .list(let list):
                        stack.append(.blocks(slice.dropFirst(index + 1)))
                        for item in list.items.reversed() { stack.enclose(item.blocks) }
                        return
                    case .codeBlock(let code):
                        pass.handle(.literal(code.text))
                    case .html:
                        break
                    case .table(let table):
                        for (index, row) in ([table.header] + table.rows).enumerated() {
                            // The delimiter row follows the header; every row is one line.
                            let line = range.start.line + (index == 0 ? 0 : index + 1)
                            pass.handle(.enter)
                            for cell in row {
                                pass.handle(.cell(cell, range: range, line: line))
                            }
                            pass.handle(.exit)
                        }
                    case .footnoteDefinition(let definition):
                        stack.append(.blocks(slice.dropFirst(index + 1)))
                        stack.enclose(definition.blocks)
                        return
                    case .math(let tex):
                        pass.handle(.literal(tex))
                    case .tableOfContents:
                        break
                    case .definitionList(let list):
                        stack.append(.blocks(slice.dropFirst(index + 1)))
                        for item in list.items.reversed() {
                            for definition in item.definitions.reversed() { stack.enclose(definition.blocks) }
                            stack.append(.blocks(item.terms.map { Block(.paragraph($0.content), range: range) }[...]))
                        }
                        return
                    }
                }
            }
        }
    }
}

/// What `ReadingEvent.send` still has to do: blocks to visit, or a container's bounds.
private enum Pending {
    case blocks(ArraySlice<Block>)
    case enter
    case exit
}

extension Array where Element == Pending {
    /// Schedules a container holding `children`: entering it, its blocks, leaving it.
    fileprivate mutating func enclose(_ children: [Block]) {
        append(.exit)
        append(.blocks(children[...]))
        append(.enter)
    }
}
