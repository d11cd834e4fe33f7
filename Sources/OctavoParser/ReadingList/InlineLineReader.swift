import OctavoModel

/// Answers what the reading-list pass asks about one source line of inline content: the
/// top-level inlines between two line breaks, a slice of the block's own array.
///
/// Nested content is walked without recursion, with a stack and a text buffer kept
/// from line to line, so most questions allocate nothing.
struct InlineLineReader {
    /// Siblings still to visit once the content being walked is done.
    private var pending: [ArraySlice<Inline>] = []
    private var bytes: [UInt8] = []

    /// The line's plain text (what `plainText` gives), trimmed of white space.
    mutating func text(of line: ArraySlice<Inline>) -> String {
        if line.count == 1, let literal = line.withUnsafeBufferPointer({ inlines -> String? in
            if case .text(let literal) = inlines[0] { return literal.trimmingSpaces }
            return nil
        }) {
            return literal
        }
        bytes.removeAll(keepingCapacity: true)
        var bytes = self.bytes
        self.bytes = []
        walk(line) { inline in
            switch inline {
            case .text(let text), .code(let text), .math(let text): Self.append(text, to: &bytes)
            case .abbreviation(let abbreviation): Self.append(abbreviation.text, to: &bytes)
            case .softBreak, .lineBreak: bytes.append(UInt8(ascii: " "))
            case .emphasis, .strong, .strikethrough, .link, .image, .html, .footnoteReference, .attributed: break
            }
            return true
        }
        self.bytes = bytes
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[WhiteSpace.trimmed(buffer)]), as: UTF8.self)
        }
    }

    /// Whether some text in the line, however deeply nested, may hold a `《`.
    mutating func mayHoldTitleMark(_ line: ArraySlice<Inline>) -> Bool {
        if line.count == 1 {
            let answer: Bool? = line.withUnsafeBufferPointer { inlines in
                switch inlines[0] {
                case .text(let text): return TitleMarks.holdsOpenMark(text)
                case .link(let link) where link.content.count == 1:
                    if case .text(let text) = link.content[0] { return TitleMarks.holdsOpenMark(text) }
                    return nil
                default: return nil
                }
            }
            if let answer { return answer }
        }
        return !walk(line) { inline in
            switch inline {
            case .text(let text), .code(let text), .math(let text): !TitleMarks.holdsOpenMark(text)
            case .abbreviation(let abbreviation): !TitleMarks.holdsOpenMark(abbreviation.text)
            case .softBreak, .lineBreak, .emphasis, .strong, .strikethrough, .link, .image, .html, .footnoteReference,
                 .attributed: true
            }
        }
    }

    /// Every link in the line, however deeply nested, in reading order.
    mutating func links(in line: ArraySlice<Inline>) -> [Link] {
        guard line.contains(where: \.holdsInlines) else { return [] }
        var links: [Link] = []
        walk(line) { inline in
            if case .link(let link) = inline { links.append(link) }
            return true
        }
        return links
    }

    /// The line endings inside the line's inlines: nested breaks, and those written in raw
    /// HTML, math and link or image titles.
    mutating func nestedLineEndings(in line: ArraySlice<Inline>) -> Int {
        var count = 0
        walk(line) { inline in
            switch inline {
            case .softBreak, .lineBreak: count += 1
            case .html(let text), .math(let text): count += text.utf8.count(where: { $0 == 0x0A })
            case .link(let link): count += link.title.utf8.count(where: { $0 == 0x0A })
            case .image(let image): count += image.title.utf8.count(where: { $0 == 0x0A })
            case .text, .code, .emphasis, .strong, .strikethrough, .footnoteReference, .abbreviation, .attributed: break
            }
            return true
        }
        return count
    }

    /// The index of the one http(s) link that is the line's only content besides white space.
    static func soleWebLink(_ line: ArraySlice<Inline>) -> Int? {
        line.withUnsafeBufferPointer { inlines in
            var found: Int?
            for index in inlines.indices {
                switch inlines[index] {
                case .link(let link) where found == nil && URLNormalizer.isWeb(link.destination):
                    found = line.startIndex + index
                case .text(let text) where text.isBlank:
                    continue
                default:
                    return nil
                }
            }
            return found
        }
    }

    /// True when the line holds images and nothing else but white space.
    static func isImageOnly(_ line: ArraySlice<Inline>) -> Bool {
        var sawImage = false
        for inline in line {
            switch inline {
            case .image: sawImage = true
            case .text(let text) where text.isBlank: continue
            default: return false
            }
        }
        return sawImage
    }

    /// The index of the first top-level soft or hard line break in `inlines`, or their end.
    static func firstLineBreak(_ inlines: ArraySlice<Inline>) -> Int {
        inlines.firstIndex { inline in
            switch inline {
            case .softBreak, .lineBreak: true
            default: false
            }
        } ?? inlines.endIndex
    }

    /// Visits the inlines of `line` and everything nested in them in reading order,
    /// parents before their content, until `visit` returns false; false if it did. The
    /// inlines are read in place, never copied.
    @discardableResult
    private mutating func walk(_ line: ArraySlice<Inline>, _ visit: (Inline) -> Bool) -> Bool {
        if !pending.isEmpty { pending.removeAll(keepingCapacity: true) }
        var current = line
        while true {
            var children: ArraySlice<Inline> = []
            var stopped = false
            // The index after the first container visited, whose content comes next.
            let containerEnd: Int? = current.withUnsafeBufferPointer { inlines in
                for index in inlines.indices {
                    if !visit(inlines[index]) {
                        stopped = true
                        return nil
                    }
                    switch inlines[index] {
                    case .emphasis(let content), .strong(let content), .strikethrough(let content): children = content[...]
                    case .link(let link): children = link.content[...]
                    case .image(let image): children = image.description[...]
                    case .attributed(let attributed): children = [attributed.inline][...]
                    case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation: continue
                    }
                    return index + 1
                }
                return nil
            }
            if stopped { return false }
            if let containerEnd {
                let rest = current[(current.startIndex + containerEnd)...]
                if !rest.isEmpty { pending.append(rest) }
                current = children
            } else {
                guard let next = pending.popLast() else { return true }
                current = next
            }
        }
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }
}

extension Inline {
    /// Whether the inline is a link, image, emphasis or other container of inlines.
    fileprivate var holdsInlines: Bool {
        switch self {
        case .emphasis, .strong, .strikethrough, .link, .image, .attributed: true
        case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference, .math, .abbreviation: false
        }
    }
}
