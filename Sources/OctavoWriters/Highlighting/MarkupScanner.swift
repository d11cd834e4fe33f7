import OctavoModel

/// Splits XML or HTML into highlighted tokens: tags, attribute names and values,
/// comments, CDATA, declarations and entity references; in HTML the content of
/// `script` and `style` elements is highlighted as JavaScript and CSS.
struct MarkupScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether `script` and `style` hold code to highlight.
    let isHTML: Bool
    private var index = 0
    private var tokens: [HighlightToken] = []

    /// The tokens of `bytes`.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, isHTML: Bool) -> [HighlightToken] {
        var scanner = MarkupScanner(bytes: bytes, isHTML: isHTML)
        scanner.scan()
        return scanner.tokens
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, isHTML: Bool) {
        self.bytes = bytes
        self.isHTML = isHTML
    }

    private mutating func scan() {
        let end = bytes.count
        while index < end {
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if starts(with: "<!--", at: start) {
                    index = bytes.firstIndex(of: "-->", from: start + 4).map { $0 + 3 } ?? end
                    emit(.comment, start, index)
                } else if starts(with: "<![CDATA[", at: start) {
                    index = bytes.firstIndex(of: "]]>", from: start + 9).map { $0 + 3 } ?? end
                    emit(.string, start, index)
                } else if starts(with: "<?", at: start) || starts(with: "<!", at: start) {
                    index = bytes.firstIndex(of: ">", from: start + 2).map { $0 + 1 } ?? end
                    emit(.meta, start, index)
                } else if start + 1 < end, bytes[start + 1].isASCIILetter || bytes[start + 1] == UInt8(ascii: "/") {
                    scanTag()
                } else {
                    index += 1
                }
            case UInt8(ascii: "&"):
                var position = start + 1
                while position < end, position - start < 32, bytes[position].isASCIIAlphanumeric || bytes[position] == UInt8(ascii: "#") {
                    position += 1
                }
                if position < end, position > start + 1, bytes[position] == UInt8(ascii: ";") {
                    index = position + 1
                    emit(.literal, start, index)
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
    }

    /// Reads a start or end tag with its attributes; after an HTML `script` or `style`
    /// start tag, also the element's code.
    private mutating func scanTag() {
        let end = bytes.count
        let start = index
        var position = start + 1
        let isEndTag = bytes[position] == UInt8(ascii: "/")
        if isEndTag { position += 1 }
        let nameStart = position
        while position < end, isNameByte(bytes[position]) { position += 1 }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<position]), as: UTF8.self).lowercased()
        emit(.tag, start, position)
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && position + 1 < end && bytes[position + 1] == UInt8(ascii: ">")) {
                let closeEnd = byte == UInt8(ascii: ">") ? position + 1 : position + 2
                emit(.tag, position, closeEnd)
                position = closeEnd
                index = position
                if isHTML, !isEndTag, byte == UInt8(ascii: ">"), name == "script" || name == "style" {
                    scanEmbeddedCode(closingTag: "</" + name, rules: name == "script" ? Self.javaScript : Self.css)
                }
                return
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let valueEnd = (bytes[(position + 1)...].firstIndex(of: byte).map { $0 + 1 }) ?? end
                emit(.string, position, valueEnd)
                position = valueEnd
            } else if isNameByte(byte) {
                let attributeStart = position
                while position < end, isNameByte(bytes[position]) { position += 1 }
                let afterName = position
                var look = position
                while look < end, bytes[look] == UInt8(ascii: " ") { look += 1 }
                let isAttribute = look < end && bytes[look] == UInt8(ascii: "=")
                    || bytes[attributeStart - 1] == UInt8(ascii: " ") || bytes[attributeStart - 1] == UInt8(ascii: "\n")
                    || bytes[attributeStart - 1] == UInt8(ascii: "\t")
                emit(isAttribute ? .attribute : .string, attributeStart, afterName)
            } else if byte == UInt8(ascii: "<") {
                break
            } else {
                position += 1
            }
        }
        index = position
    }

    /// Highlights the content of a `script` or `style` element up to its end tag.
    private static let javaScript = CompiledRules(.javaScript)
    private static let css = CompiledRules(.css)

    private mutating func scanEmbeddedCode(closingTag: String, rules: CompiledRules) {
        let end = bytes.count
        var codeEnd = index
        let pattern = Array(closingTag.utf8)
        while codeEnd + pattern.count <= end {
            if bytes[codeEnd] == UInt8(ascii: "<"), zip(bytes[codeEnd..<(codeEnd + pattern.count)], pattern).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                break
            }
            codeEnd += 1
        }
        if codeEnd + pattern.count > end { codeEnd = end }
        var scanner = CodeScanner(rules: rules, bytes: UnsafeBufferPointer(rebasing: bytes[0..<codeEnd]), from: index)
        scanner.scan(to: codeEnd)
        tokens += scanner.tokens
        index = codeEnd
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".")
    }

    private mutating func emit(_ kind: HighlightKind, _ start: Int, _ end: Int) {
        if end > start { tokens.append(HighlightToken(kind: kind, start: start, end: end)) }
    }

    private func starts(with text: StaticString, at position: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return text.withUTF8Buffer { pattern in pattern.indices.allSatisfy { bytes[position + $0] == pattern[$0] } }
    }
}
