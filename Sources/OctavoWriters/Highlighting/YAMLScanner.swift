/// Splits YAML into highlighted tokens line by line: keys, scalars (strings, numbers,
/// `true`/`null` and the like), comments, anchors, aliases, tags, document markers,
/// and the lines of block scalars (`|`, `>`) as strings.
enum YAMLScanner {
    private static let literals: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "~", "True", "False", "Null", "NULL", "TRUE", "FALSE"]

    /// The tokens of `bytes`.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var tokens: [HighlightToken] = []
        var lineStart = 0
        /// The indentation of the line that opened a block scalar being read.
        var blockScalarIndent: Int?
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer { lineStart = lineEnd + 1 }
            var position = lineStart
            while position < lineEnd, bytes[position] == UInt8(ascii: " ") { position += 1 }
            let indent = position - lineStart
            if let opener = blockScalarIndent {
                if position == lineEnd || indent > opener {
                    if lineEnd > lineStart { tokens.add(HighlightToken(kind: .string, start: lineStart, end: lineEnd)) }
                    continue
                }
                blockScalarIndent = nil
            }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if line.starts(with: "---".utf8) || line.starts(with: "...".utf8) || line.starts(with: "%".utf8) {
                tokens.add(HighlightToken(kind: .meta, start: lineStart, end: min(lineEnd, lineStart + (line.first == UInt8(ascii: "%") ? line.count : 3))))
                position = lineStart + 3
                if line.first == UInt8(ascii: "%") { continue }
            }
            while position < lineEnd, bytes[position] == UInt8(ascii: "-"),
                  position + 1 == lineEnd || bytes[position + 1] == UInt8(ascii: " ") {
                tokens.add(HighlightToken(kind: .operator, start: position, end: position + 1))
                position += 1
                while position < lineEnd, bytes[position] == UInt8(ascii: " ") { position += 1 }
            }
            if let colon = keyEnd(in: bytes, from: position, to: lineEnd) {
                tokens.add(HighlightToken(kind: .property, start: position, end: colon))
                position = colon + 1
            }
            if scanValue(in: bytes, from: position, to: lineEnd, tokens: &tokens) { blockScalarIndent = indent }
        }
        return tokens
    }

    /// Where the key at `start` ends (its colon), if the line has a `key:` there.
    private static func keyEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, bytes[start] != UInt8(ascii: "#") else { return nil }
        var position = start
        if bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            position += 1
            while position < end, bytes[position] != bytes[start] { position += 1 }
            position += 1
            return position < end && bytes[position] == UInt8(ascii: ":") ? position : nil
        }
        guard ![UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"),
                 UInt8(ascii: ">")].contains(bytes[start]) else { return nil }
        while position < end {
            if bytes[position] == UInt8(ascii: ":"), position + 1 == end || bytes[position + 1] == UInt8(ascii: " ") { return position }
            if bytes[position] == UInt8(ascii: " "), position + 1 < end, bytes[position + 1] == UInt8(ascii: "#") { return nil }
            position += 1
        }
        return nil
    }

    /// Marks the value after a key or list marker; true when it opens a block scalar.
    private static func scanValue(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, tokens: inout [HighlightToken]) -> Bool {
        var position = start
        var opensBlockScalar = false
        while position < end {
            let byte = bytes[position]
            let valueStart = position
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                position += 1
                continue
            case UInt8(ascii: "#"):
                tokens.add(HighlightToken(kind: .comment, start: position, end: end))
                return opensBlockScalar
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                position += 1
                while position < end, bytes[position] != byte {
                    if byte == UInt8(ascii: "\""), bytes[position] == UInt8(ascii: "\\") { position += 1 }
                    position += 1
                }
                position = min(position + 1, end)
                tokens.add(HighlightToken(kind: .string, start: valueStart, end: position))
                continue
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
                while position < end, bytes[position] != UInt8(ascii: " "), bytes[position] != UInt8(ascii: ",") { position += 1 }
                tokens.add(HighlightToken(kind: byte == UInt8(ascii: "!") ? .meta : .variable, start: valueStart, end: position))
                continue
            case UInt8(ascii: "|"), UInt8(ascii: ">"):
                while position < end, bytes[position] != UInt8(ascii: " ") { position += 1 }
                tokens.add(HighlightToken(kind: .operator, start: valueStart, end: position))
                opensBlockScalar = true
                continue
            default:
                break
            }
            // A plain scalar runs to a comment, or in a flow collection to a separator.
            while position < end, !(bytes[position] == UInt8(ascii: " ") && position + 1 < end && bytes[position + 1] == UInt8(ascii: "#")),
                  ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[position]) {
                position += 1
            }
            var scalarEnd = position
            while scalarEnd > valueStart, bytes[scalarEnd - 1] == UInt8(ascii: " ") { scalarEnd -= 1 }
            let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<scalarEnd]), as: UTF8.self)
            if literals.contains(scalar) {
                tokens.add(HighlightToken(kind: .literal, start: valueStart, end: scalarEnd))
            } else if scalar.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true, Double(scalar) != nil || isInteger(scalar) {
                tokens.add(HighlightToken(kind: .number, start: valueStart, end: scalarEnd))
            }
            if position == valueStart { position += 1 }
        }
        return opensBlockScalar
    }

    private static func isInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("0x") || text.hasPrefix("0o") ? text.dropFirst(2) : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { $0.isHexDigit } && (text.hasPrefix("0x") || digits.allSatisfy(\.isNumber))
    }
}

extension [HighlightToken] {
    /// Appends `token` unless it is empty.
    fileprivate mutating func add(_ token: HighlightToken) {
        if token.end > token.start { append(token) }
    }
}
