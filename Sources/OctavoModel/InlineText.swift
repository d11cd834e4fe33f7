extension Array where Element == Inline {
    /// Visits every inline in document order, parents before children, without recursion.
    public func forEachInline(_ visit: (Inline) -> Void) {
        // Siblings still to visit once the content being walked is done; only
        // containers need it, so a run of text allocates nothing.
        var pending: [ArraySlice<Inline>] = []
        var current = self[...]
        while true {
            guard let inline = current.first else {
                guard let next = pending.popLast() else { return }
                current = next
                continue
            }
            current = current.dropFirst()
            visit(inline)
            let children: ArraySlice<Inline>
            switch inline {
            case .emphasis(let content), .strong(let content), .strikethrough(let content):
                children = content[...]
            case .link(let link):
                children = link.content[...]
            case .image(let image):
                children = image.description[...]
            case .attributed(let attributed):
                children = [attributed.inline][...]
            case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation:
                continue
            }
            if !current.isEmpty { pending.append(current) }
            current = children
        }
    }

    /// The text a reader sees: text, code, math, abbreviations and the content of emphasis, links and
    /// image descriptions; line breaks become spaces; raw HTML and footnote
    /// references add nothing.
    public var plainText: String {
        if count == 1, case .text(let literal) = self[0] { return literal }
        var text = ""
        forEachInline { inline in
            switch inline {
            case .text(let literal), .code(let literal), .math(let literal): text += literal
            case .abbreviation(let abbreviation): text += abbreviation.text
            case .softBreak, .lineBreak: text += " "
            case .emphasis, .strong, .strikethrough, .link, .image, .html, .footnoteReference, .attributed: break
            }
        }
        return text
    }
}
