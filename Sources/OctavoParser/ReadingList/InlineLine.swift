import OctavoModel

/// One source line of inline content: the inlines between two top-level line breaks.
struct InlineLine {
    var inlines: [Inline]
    /// How many source lines come before this one in its block.
    var lineOffset = 0

    /// Splits content at its top-level soft and hard line breaks; never empty.
    ///
    /// Line offsets also count the line endings nested inside emphasis, links and
    /// raw HTML. A code span turns its line endings into spaces, so a line after a
    /// code span that spans lines is placed too early.
    static func lines(of content: [Inline]) -> [InlineLine] {
        var lines: [InlineLine] = []
        var current = InlineLine(inlines: [])
        for inline in content {
            switch inline {
            case .softBreak, .lineBreak:
                lines.append(current)
                current = InlineLine(inlines: [], lineOffset: current.lineOffset + current.nestedLineEndings + 1)
            default:
                current.inlines.append(inline)
            }
        }
        lines.append(current)
        return lines
    }

    /// The line endings inside the line's inlines.
    private var nestedLineEndings: Int {
        var count = 0
        inlines.forEachInline { inline in
            switch inline {
            case .softBreak, .lineBreak: count += 1
            case .html(let text), .math(let text): count += text.utf8.count(where: { $0 == 0x0A })
            case .link(let link): count += link.title.utf8.count(where: { $0 == 0x0A })
            case .image(let image): count += image.title.utf8.count(where: { $0 == 0x0A })
            case .text, .code, .emphasis, .strong, .strikethrough, .footnoteReference, .abbreviation, .attributed: break
            }
        }
        return count
    }

    /// The plain text, trimmed.
    var text: String { inlines.plainText.trimmingSpaces }

    /// The one http(s) link that is the line's only content besides white space.
    var soleWebLink: Link? {
        var found: Link?
        for inline in inlines {
            switch inline {
            case .link(let link) where found == nil && URLNormalizer.isWeb(link.destination):
                found = link
            case .text(let text) where text.isBlank:
                continue
            default:
                return nil
            }
        }
        return found
    }

    /// True when the line holds images and nothing else but white space.
    var isImageOnly: Bool {
        var sawImage = false
        for inline in inlines {
            switch inline {
            case .image: sawImage = true
            case .text(let text) where text.isBlank: continue
            default: return false
            }
        }
        return sawImage
    }

    /// Every link in the line, however deeply nested, in reading order.
    var links: [Link] {
        var links: [Link] = []
        inlines.forEachInline { inline in
            if case .link(let link) = inline { links.append(link) }
        }
        return links
    }
}

extension String {
    /// Whether the string is empty or all white space, as `trimmingSpaces` sees it.
    var isBlank: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    index += 2
                } else if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    index += 3
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Without leading and trailing white space (ASCII, no-break and ideographic spaces).
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end {
            let length = Self.spaceLength(bytes, at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = Self.spaceLength(bytes, endingAt: end)
            if length == 0 { break }
            end -= length
        }
        if start == 0 && end == bytes.count { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte length of the white space (ASCII, no-break or ideographic space) at `index`, or 0.
    private static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The byte length of the white space ending just before `end`, or 0.
    private static func spaceLength(_ bytes: [UInt8], endingAt end: Int) -> Int {
        if spaceLength(bytes, at: end - 1) == 1 { return 1 }
        if end >= 2, spaceLength(bytes, at: end - 2) == 2 { return 2 }
        if end >= 3, spaceLength(bytes, at: end - 3) == 3 { return 3 }
        return 0
    }
}
