/// Brings two HTML renderings of the same content to the same text, so spec examples
/// compare by meaning rather than by incidental spelling.
///
/// It tokenizes the HTML (tags, text, comments, declarations, processing instructions,
/// CDATA), then: lower-cases tag and attribute names, sorts attributes, writes void
/// elements as `<br />`, decodes character references in text and attribute values and
/// escapes only `&`, `<`, `>` and `"`, collapses whitespace runs outside `<pre>`, and
/// drops whitespace next to block-level tags, after `<br>` and at both ends. Named
/// references it does not know are kept as written (on both sides alike).
struct HTMLNormalizer {
    enum Token {
        case startTag(name: String, attributes: [(String, String)], selfClosing: Bool)
        case endTag(String)
        case text(String)
        /// A comment, declaration, processing instruction or CDATA section, kept verbatim.
        case markup(String)
    }

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
        "legend", "li", "link", "main", "menu", "meta", "nav", "noframes", "ol", "optgroup", "option", "p",
        "param", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "ul",
    ]

    static let voidTags: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// The normal form of `html`.
    static func normalize(_ html: String) -> String {
        let tokens = tokenize(html)
        var output = ""
        var preDepth = 0
        var afterBlockTag = true
        for token in tokens {
            switch token {
            case .startTag(let name, let attributes, let selfClosing):
                if blockTags.contains(name), preDepth == 0 { trimTrailingSpace(&output) }
                output += "<" + name
                for (key, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                    output += " \(key)=\"\(escape(value))\""
                }
                output += voidTags.contains(name) || selfClosing ? " />" : ">"
                if name == "pre", !selfClosing { preDepth += 1 }
                afterBlockTag = blockTags.contains(name) || name == "br"
            case .endTag(let name):
                if blockTags.contains(name), preDepth == 0 { trimTrailingSpace(&output) }
                if name == "pre" { preDepth = max(0, preDepth - 1) }
                output += "</\(name)>"
                afterBlockTag = blockTags.contains(name)
            case .markup(let text):
                output += text
                afterBlockTag = false
            case .text(let raw):
                var text = decodeReferences(raw)
                if preDepth == 0 {
                    text = collapseWhitespace(text)
                    if afterBlockTag, text.first == " " { text.removeFirst() }
                }
                output += escape(text)
                afterBlockTag = false
            }
        }
        trimTrailingSpace(&output)
        return output
    }

    private static func trimTrailingSpace(_ output: inout String) {
        while output.last == " " { output.removeLast() }
    }

    /// Replaces every run of ASCII whitespace with one space.
    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                if !inSpace { result += " " }
                inSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return result
    }

    /// Escapes `&`, `<`, `>` and `"`.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    // MARK: Character references

    static let namedReferences: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "reg": "®",
        "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "middot": "·", "times": "×", "divide": "÷", "deg": "°",
        "para": "¶", "sect": "§", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "AElig": "Æ",
        "Dcaron": "Ď", "frac34": "¾", "HilbertSpace": "ℋ", "DifferentialD": "ⅆ", "ClockwiseContourIntegral": "∲",
        "ngE": "≧̸", "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç",
    ]

    /// Decodes `&name;`, `&#123;` and `&#x1F;`; unknown names are kept as written.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let semicolon = scalars[index...].prefix(40).firstIndex(of: ";") else {
                result.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
            if let decoded = decodeReference(body) {
                result += decoded
                index = semicolon + 1
            } else {
                result.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    private static func decodeReference(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                let hex = digits.dropFirst()
                value = (1...6).contains(hex.count) ? UInt32(hex, radix: 16) : nil
            } else {
                value = (1...7).contains(digits.count) ? UInt32(digits) : nil
            }
            guard let value else { return nil }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return namedReferences[body]
    }

    // MARK: Tokenizer

    static func tokenize(_ html: String) -> [Token] {
        let bytes = Array(html.utf8)
        var tokens: [Token] = []
        var textStart = 0
        var index = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                let text = String(decoding: bytes[textStart..<end], as: UTF8.self)
                if case .text(let previous) = tokens.last {
                    tokens[tokens.count - 1] = .text(previous + text)
                } else {
                    tokens.append(.text(text))
                }
            }
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let (token, end) = markup(bytes, at: index) else {
                index += 1
                continue
            }
            flushText(upTo: index)
            tokens.append(token)
            index = end
            textStart = end
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    /// The token starting with `<` at `start` and the offset after it, or nil if `<` is text.
    private static func markup(_ bytes: [UInt8], at start: Int) -> (Token, Int)? {
        func hasPrefix(_ prefix: String, at offset: Int) -> Bool {
            let prefixBytes = Array(prefix.utf8)
            return offset + prefixBytes.count <= bytes.count && Array(bytes[offset..<offset + prefixBytes.count]) == prefixBytes
        }
        func find(_ terminator: String, from offset: Int) -> Int? {
            var position = offset
            while position < bytes.count {
                if hasPrefix(terminator, at: position) { return position + terminator.utf8.count }
                position += 1
            }
            return nil
        }
        func verbatim(_ end: Int) -> (Token, Int) {
            (.markup(String(decoding: bytes[start..<end], as: UTF8.self)), end)
        }
        if hasPrefix("<!--", at: start) {
            return find("-->", from: start + 2).map(verbatim)
        }
        if hasPrefix("<![CDATA[", at: start) {
            return find("]]>", from: start + 9).map(verbatim)
        }
        if hasPrefix("<!", at: start), start + 2 < bytes.count, isLetter(bytes[start + 2]) {
            return find(">", from: start + 2).map(verbatim)
        }
        if hasPrefix("<?", at: start) {
            return find("?>", from: start + 2).map(verbatim)
        }
        var index = start + 1
        let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") {
            index += 1
        }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        if isEnd {
            skipSpace(bytes, &index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return nil }
            return (.endTag(name), index + 1)
        }
        var attributes: [(String, String)] = []
        while true {
            let beforeSpace = index
            skipSpace(bytes, &index)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ">") {
                return (.startTag(name: name, attributes: attributes, selfClosing: false), index + 1)
            }
            if hasPrefix("/>", at: index) {
                return (.startTag(name: name, attributes: attributes, selfClosing: true), index + 2)
            }
            guard index > beforeSpace else { return nil }
            let attributeStart = index
            while index < bytes.count, !isSpace(bytes[index]),
                  !"=>\"'/<".utf8.contains(bytes[index]) {
                index += 1
            }
            guard index > attributeStart else { return nil }
            let attributeName = String(decoding: bytes[attributeStart..<index], as: UTF8.self).lowercased()
            var valueEnd = index
            skipSpace(bytes, &valueEnd)
            guard valueEnd < bytes.count, bytes[valueEnd] == UInt8(ascii: "=") else {
                attributes.append((attributeName, ""))
                continue
            }
            index = valueEnd + 1
            skipSpace(bytes, &index)
            guard index < bytes.count else { return nil }
            let quote = bytes[index]
            let value: String
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                value = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                index = close + 1
            } else {
                let valueStart = index
                while index < bytes.count, !isSpace(bytes[index]), !"\"'=<>`".utf8.contains(bytes[index]) {
                    index += 1
                }
                guard index > valueStart else { return nil }
                value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
            }
            attributes.append((attributeName, decodeReferences(value)))
        }
    }

    private static func skipSpace(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
