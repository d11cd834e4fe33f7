import OctavoModel

/// Writes a document as an HTML body fragment in CommonMark's rendering.
public struct HTMLWriter: Writer {
    public static let format = "html"
    public static let summary = "HTML body fragment, as CommonMark renders it"
    public static let fileExtension = "html"

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    public func write(_ document: Document, to output: inout [UInt8]) {
        var renderer = HTMLRenderer(options: options, footnotes: FootnoteIndex(document.blocks), outline: Outline(document.blocks))
        var buffer = ByteBuffer(capacity: 1 << 16)
        renderer.render(document.blocks, to: &buffer)
        renderer.renderFootnotes(to: &buffer)
        buffer.copy(to: &output)
    }
}

/// The footnote definitions of a document, by label.
struct FootnoteIndex {
    private(set) var definitions: [String: FootnoteDefinition] = [:]

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
            case .footnoteDefinition(let definition):
                if definitions[definition.label] == nil { definitions[definition.label] = definition }
                stack.append(pending)
                pending = definition.blocks[...]
            case .blockQuote(let children):
                stack.append(pending)
                pending = children[...]
            case .list(let list):
                stack.append(pending)
                pending = list.items.flatMap(\.blocks)[...]
            case .definitionList(let list):
                stack.append(pending)
                pending = list.items.flatMap(\.definitions).flatMap(\.blocks)[...]
            case .paragraph, .heading, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }
}
