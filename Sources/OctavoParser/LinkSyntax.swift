/// A link reference definition `[label]: destination "title"`.
struct LinkReferenceDefinition: Sendable, Hashable {
    /// The label, normalised with `LinkSyntax.normalizeLabel`.
    var label: String
    /// The destination with escapes and character references resolved.
    var destination: String
    /// The title with escapes and character references resolved; empty when absent.
    var title: String
}

/// Scanners for link labels, destinations and titles, shared by the inline phase
/// and link reference definitions.
enum LinkSyntax {
    /// The longest label, in bytes between the brackets, that can match a definition.
    static let maximumLabelLength = 999

    /// The deepest nesting of unescaped parentheses a bare destination may have.
    static let maximumParenthesisDepth = 32

    /// Case-folds (Unicode case fold, e.g. "ẞ" matches "SS"/"ss") and collapses internal whitespace, trims ends.
    static func normalizeLabel(_ label: ArraySlice<UInt8>) -> String {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(label.count)
        var pendingSpace = false
        var isASCII = true
        for byte in label {
            if CharacterClasses.isWhitespace(byte) {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace {
                collapsed.append(0x20)
                pendingSpace = false
            }
            if byte >= 0x80 {
                isASCII = false
            } else if byte >= 0x41 && byte <= 0x5A {
                collapsed.append(byte | 0x20)
                continue
            }
            collapsed.append(byte)
        }
        let text = String(decoding: collapsed, as: UTF8.self)
        return isASCII ? text : text.lowercased().uppercased().lowercased()
    }

    /// Scans a link label whose `[` is at `index`. Returns the range between the brackets and the index after `]`.
    static func scanLabel(_ text: ArraySlice<UInt8>, from index: Int) -> (content: Range<Int>, end: Int)? {
        guard index < text.endIndex, text[index] == UInt8(ascii: "[") else { return nil }
        let start = index + 1
        let limit = min(text.endIndex, start + maximumLabelLength + 1)
        var position = start
        var hasContent = false
        while position < limit {
            let byte = text[position]
            switch byte {
            case UInt8(ascii: "]"):
                return hasContent ? (start..<position, position + 1) : nil
            case UInt8(ascii: "["):
                return nil
            case UInt8(ascii: "\\"):
                hasContent = true
                if position + 1 < limit, CharacterClasses.isASCIIPunctuation(text[position + 1]) { position += 1 }
            default:
                if !CharacterClasses.isWhitespace(byte) { hasContent = true }
            }
            position += 1
        }
        return nil
    }

    /// Scans a link destination starting at `index`: `<...>` or a non-empty bare destination
    /// with balanced parentheses. Returns the raw destination (without angle brackets) and the index after it.
    static func scanDestination(_ text: ArraySlice<UInt8>, from index: Int) -> (raw: Range<Int>, end: Int)? {
        let end = text.endIndex
        guard index < end else { return nil }
        var position = index
        if text[index] == UInt8(ascii: "<") {
            position += 1
            while position < end {
                switch text[position] {
                case UInt8(ascii: ">"):
                    return (index + 1..<position, position + 1)
                case UInt8(ascii: "<"), UInt8(ascii: "\n"):
                    return nil
                case UInt8(ascii: "\\"):
                    if position + 1 < end, CharacterClasses.isASCIIPunctuation(text[position + 1]) { position += 1 }
                default:
                    break
                }
                position += 1
            }
            return nil
        }
        var depth = 0
        scan: while position < end {
            let byte = text[position]
            switch byte {
            case UInt8(ascii: "\\"):
                if position + 1 < end, CharacterClasses.isASCIIPunctuation(text[position + 1]) { position += 1 }
            case UInt8(ascii: "("):
                depth += 1
                if depth > maximumParenthesisDepth { return nil }
            case UInt8(ascii: ")"):
                if depth == 0 { break scan }
                depth -= 1
            default:
                if byte <= 0x20 || byte == 0x7F { break scan }
            }
            position += 1
        }
        guard position > index, depth == 0 else { return nil }
        return (index..<position, position)
    }

    /// Scans a link title `"..."`, `'...'` or `(...)` starting at `index`.
    /// Returns the raw title (without delimiters) and the index after it.
    static func scanTitle(_ text: ArraySlice<UInt8>, from index: Int) -> (raw: Range<Int>, end: Int)? {
        let end = text.endIndex
        guard index < end else { return nil }
        let closing: UInt8
        switch text[index] {
        case UInt8(ascii: "\""): closing = UInt8(ascii: "\"")
        case UInt8(ascii: "'"): closing = UInt8(ascii: "'")
        case UInt8(ascii: "("): closing = UInt8(ascii: ")")
        default: return nil
        }
        var position = index + 1
        while position < end {
            let byte = text[position]
            if byte == closing { return (index + 1..<position, position + 1) }
            switch byte {
            case UInt8(ascii: "\\"):
                if position + 1 < end, CharacterClasses.isASCIIPunctuation(text[position + 1]) { position += 1 }
            case UInt8(ascii: "("):
                if closing == UInt8(ascii: ")") { return nil }
            case UInt8(ascii: "\n"):
                var next = position + 1
                while next < end, CharacterClasses.isSpaceOrTab(text[next]) { next += 1 }
                if next < end, text[next] == UInt8(ascii: "\n") { return nil }
            default:
                break
            }
            position += 1
        }
        return nil
    }

    /// The index after any spaces and tabs and at most one line ending (with the spaces and tabs after it).
    static func skipWhitespaceAndOneLineEnding(_ text: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = skipSpacesAndTabs(text, from: index)
        if position < text.endIndex, text[position] == UInt8(ascii: "\n") {
            position = skipSpacesAndTabs(text, from: position + 1)
        }
        return position
    }

    /// The index after any spaces and tabs.
    static func skipSpacesAndTabs(_ text: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < text.endIndex, CharacterClasses.isSpaceOrTab(text[position]) { position += 1 }
        return position
    }

    /// If only spaces and tabs follow `index` up to a line ending or the end, the index after that line ending (or the end).
    private static func endOfBlankRest(_ text: ArraySlice<UInt8>, from index: Int) -> Int? {
        let position = skipSpacesAndTabs(text, from: index)
        if position == text.endIndex { return position }
        return text[position] == UInt8(ascii: "\n") ? position + 1 : nil
    }

    /// Parses one link reference definition starting exactly at `index` in `text` (a paragraph's raw content).
    /// Returns it and the index just after it (after its line ending, or `text.endIndex`), or nil if there is none there.
    static func referenceDefinition(in text: ArraySlice<UInt8>, from index: Int) -> (definition: LinkReferenceDefinition, end: Int)? {
        guard let label = scanLabel(text, from: index),
              label.end < text.endIndex, text[label.end] == UInt8(ascii: ":")
        else { return nil }
        let destinationStart = skipWhitespaceAndOneLineEnding(text, from: label.end + 1)
        guard let destination = scanDestination(text, from: destinationStart) else { return nil }
        let normalized = normalizeLabel(text[label.content])
        let plainEnd = endOfBlankRest(text, from: destination.end)
        let titleStart = skipWhitespaceAndOneLineEnding(text, from: destination.end)
        if titleStart > destination.end, let title = scanTitle(text, from: titleStart),
           let end = endOfBlankRest(text, from: title.end) {
            let definition = LinkReferenceDefinition(
                label: normalized,
                destination: Escapes.unescape(text[destination.raw]),
                title: Escapes.unescape(text[title.raw]))
            return (definition, end)
        }
        guard let end = plainEnd else { return nil }
        let definition = LinkReferenceDefinition(
            label: normalized, destination: Escapes.unescape(text[destination.raw]), title: "")
        return (definition, end)
    }
}
