extension Array where Element == Inline {
    /// Visits every inline in document order, parents before children, without recursion.
    public func forEachInline(_ visit: (Inline) -> Void) {
        var stack: [ArraySlice<Inline>] = [self[...]]
        while let top = stack.popLast() {
            guard let inline = top.first else { continue }
            stack.append(top.dropFirst())
            visit(inline)
            switch inline {
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                stack.append(children[...])
            case .link(let link):
                stack.append(link.content[...])
            case .image(let image):
                stack.append(image.description[...])
            case .attributed(let attributed):
                stack.append([attributed.inline][...])
            case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation:
                break
            }
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
