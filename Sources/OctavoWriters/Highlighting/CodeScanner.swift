/// Splits code into highlighted tokens as a `LanguageRules` table says: one pass over
/// the bytes with a short look-ahead. Tokens start and end at ASCII bytes (or the end),
/// so none splits a UTF-8 sequence; bytes no rule claims stay plain.
struct CodeScanner {
    let rules: LanguageRules
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where scanning goes on.
    var index: Int
    /// The tokens found so far, in order, none overlapping.
    var tokens: [HighlightToken] = []
    /// Here-documents opened on the current line, read from the next line on.
    private var pendingHereDocuments: [(terminator: [UInt8], stripsTabs: Bool)] = []
    /// How many interpolations enclose the code being scanned.
    private var interpolationDepth = 0
    private let byteClasses: [CompiledRules.ByteClass]
    private let wordKinds: [String: HighlightKind]

    /// How deep interpolations nest before inner ones are read as plain string text.
    private static let interpolationLimit = 16

    init(rules compiled: CompiledRules, bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) {
        rules = compiled.rules
        byteClasses = compiled.byteClasses
        wordKinds = compiled.wordKinds
        self.bytes = bytes
        index = start
    }

    /// The tokens of `bytes` under `rules`.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, rules: CompiledRules) -> [HighlightToken] {
        var scanner = CodeScanner(rules: rules, bytes: bytes)
        scanner.scan(to: bytes.count)
        return scanner.tokens
    }

    /// Scans up to `end`, or, given `closer`, up to the first `closer` not matched by an
    /// opener on the way (left unread).
    mutating func scan(to end: Int, closer: UInt8? = nil) {
        let opener: UInt8? = closer.map { $0 == UInt8(ascii: ")") ? UInt8(ascii: "(") : $0 == UInt8(ascii: "]") ? UInt8(ascii: "[") : UInt8(ascii: "{") }
        var depth = 0
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                index += 1
                if !pendingHereDocuments.isEmpty { scanHereDocuments(to: end) }
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
                continue
            default:
                break
            }
            if let closer {
                if byte == closer {
                    if depth == 0 { return }
                    depth -= 1
                } else if byte == opener {
                    depth += 1
                }
            }
            scanToken(to: end)
        }
    }

    /// Reads one token (or one plain byte) at `index`.
    private mutating func scanToken(to end: Int) {
        let byte = bytes[index]
        let start = index
        if byte == UInt8(ascii: "#") {
            if rules.preprocessorLines, isAtLineStart(start) { return scanPreprocessorLine(to: end) }
            if rules.hashBracketAttributes, scanHashBracketAttribute(to: end) { return }
        }
        if rules.hereDocuments, byte == UInt8(ascii: "<"), scanHereDocumentOpener(to: end) { return }
        let classes = byteClasses[Int(byte)]
        if classes.contains(.opener), scanCommentOrString(to: end) { return }
        if classes.contains(.wordStart) { return scanWord(to: end) }
        if byte.isASCIIDigit || (byte == UInt8(ascii: ".") && start + 1 < end && bytes[start + 1].isASCIIDigit) {
            index = numberEnd(from: start, end: end)
            return emit(.number, start, index)
        }
        if rules.dollarVariables, byte == UInt8(ascii: "$"), scanDollarVariable(to: end) { return }
        if byte == rules.annotationPrefix, start + 1 < end, byteClasses[Int(bytes[start + 1])].contains(.wordStart) {
            index = start + 1
            repeat {
                index += 1
                while index < end, byteClasses[Int(bytes[index])].contains(.word) { index += 1 }
            } while index + 1 < end && bytes[index] == UInt8(ascii: ".") && byteClasses[Int(bytes[index + 1])].contains(.wordStart)
            return emit(.meta, start, index)
        }
        if rules.hashColours, byte == UInt8(ascii: "#") {
            var position = start + 1
            while position < end, position - start <= 8, bytes[position].isASCIIHexDigit { position += 1 }
            let digits = position - start - 1
            if [3, 4, 6, 8].contains(digits), position == end || !byteClasses[Int(bytes[position])].contains(.word) {
                index = position
                return emit(.number, start, index)
            }
        }
        if classes.contains(.operator) {
            index += 1
            while index < end, byteClasses[Int(bytes[index])].contains(.operator) { index += 1 }
            return emit(.operator, start, index)
        }
        index += 1
    }

    /// Reads a comment, a string, or a string with a prefix at `index`, if one opens there.
    private mutating func scanCommentOrString(to end: Int) -> Bool {
        let start = index
        for opener in rules.lineComments where matches(opener, at: start, end: end) {
            if rules.lineCommentsAtWordStart, start > 0, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: ";")].contains(bytes[start - 1]) {
                continue
            }
            index = lineEnd(from: start, end: end)
            emit(.comment, start, index)
            return true
        }
        for comment in rules.blockComments where matches(comment.open, at: start, end: end) {
            index = blockCommentEnd(comment, from: start, end: end)
            emit(.comment, start, index)
            return true
        }
        if scanString(at: start, to: end) { return true }
        for prefix in rules.stringPrefixes where matches(prefix, at: start, end: end) {
            let tokenCount = tokens.count
            if scanString(at: start + prefix.count, to: end) {
                let first = tokens[tokenCount]
                tokens[tokenCount] = HighlightToken(kind: first.kind, start: start, end: first.end)
                return true
            }
        }
        return false
    }

    // MARK: - Words and numbers

    private mutating func scanWord(to end: Int) {
        let start = index
        index += 1
        while index < end, byteClasses[Int(bytes[index])].contains(.word) { index += 1 }
        if rules.bangMacros, index < end, bytes[index] == UInt8(ascii: "!"), index + 1 >= end || bytes[index + 1] != UInt8(ascii: "=") {
            index += 1
            return emit(.builtin, start, index)
        }
        if rules.wordKeysBeforeColon, nextVisibleByte(from: index, end: end) == UInt8(ascii: ":"), !opensBlockBeforeStatementEnd(from: index, end: end) {
            return emit(.property, start, index)
        }
        var word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if rules.wordsIgnoreCase { word = word.lowercased() }
        if let kind = wordKinds[word] {
            emit(kind, start, index)
        } else if rules.capitalisedWordsAreTypes, bytes[start].isASCIIUppercase,
                  bytes[start..<index].contains(where: \.isASCIILowercase) {
            emit(.type, start, index)
        }
    }

    /// The end of the number at `start`: a prefixed integer (`0x1F`), or digits with a
    /// fraction and an exponent, then any suffix (`u`, `f64`, `px`).
    private func numberEnd(from start: Int, end: Int) -> Int {
        var position = start
        let isPrefixed = bytes[start] == UInt8(ascii: "0") && start + 1 < end
            && [UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "o"), UInt8(ascii: "O")].contains(bytes[start + 1])
        if isPrefixed {
            position += 2
            while position < end, bytes[position].isASCIIAlphanumeric || bytes[position] == UInt8(ascii: "_") { position += 1 }
            return position
        }
        while position < end {
            let byte = bytes[position]
            if byte.isASCIIDigit || byte == UInt8(ascii: "_") {
                position += 1
            } else if byte == UInt8(ascii: "."), position + 1 < end, bytes[position + 1].isASCIIDigit {
                position += 2
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E"), position + 1 < end,
                      bytes[position + 1].isASCIIDigit
                        || ((bytes[position + 1] == UInt8(ascii: "+") || bytes[position + 1] == UInt8(ascii: "-"))
                            && position + 2 < end && bytes[position + 2].isASCIIDigit) {
                position += 2
            } else {
                break
            }
        }
        while position < end, bytes[position].isASCIILetter || (bytes[position].isASCIIDigit && position > start) { position += 1 }
        return position
    }

    // MARK: - Strings

    /// Reads a string literal at `start` if one opens there.
    private mutating func scanString(at start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        for rule in rules.strings {
            switch rule {
            case .delimited(let open, let close, let escape, let multiline, let doubledClose, let interpolation):
                guard matches(open, at: start, end: end) else { continue }
                scanDelimited(from: start, open: open, close: close, escape: escape, multiline: multiline, doubledClose: doubledClose,
                              interpolation: interpolation, end: end)
                return true
            case .hashFenced(let prefix, let minimumHashes):
                guard matches(prefix, at: start, end: end) else { continue }
                var position = start + prefix.count
                while position < end, bytes[position] == UInt8(ascii: "#") { position += 1 }
                let hashes = position - start - prefix.count
                guard hashes >= minimumHashes, position < end, bytes[position] == UInt8(ascii: "\"") else { continue }
                let close = [UInt8(ascii: "\"")] + [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
                index = find(close, from: position + 1, end: end).map { $0 + close.count } ?? end
                emit(.string, start, index)
                return true
            case .delimiterFenced:
                guard matches(Array("R\"".utf8), at: start, end: end) else { continue }
                var position = start + 2
                while position < end, position - start < 18,
                      ![UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"), UInt8(ascii: " "), UInt8(ascii: "\n")].contains(bytes[position]) {
                    position += 1
                }
                guard position < end, bytes[position] == UInt8(ascii: "(") else { continue }
                let close = [UInt8(ascii: ")")] + Array(bytes[(start + 2)..<position]) + [UInt8(ascii: "\"")]
                index = find(close, from: position + 1, end: end).map { $0 + close.count } ?? end
                emit(.string, start, index)
                return true
            case .character:
                guard bytes[start] == UInt8(ascii: "'"), let characterEnd = characterLiteralEnd(from: start, end: end) else { continue }
                index = characterEnd
                emit(.string, start, index)
                return true
            }
        }
        return false
    }

    private mutating func scanDelimited(from start: Int, open: [UInt8], close: [UInt8], escape: UInt8?, multiline: Bool, doubledClose: Bool,
                                       interpolation: Interpolation?, end: Int) {
        var segmentStart = start
        var position = start + open.count
        while position < end {
            if let interpolation, interpolationDepth < Self.interpolationLimit, matches(interpolation.open, at: position, end: end) {
                emit(.string, segmentStart, position)
                emit(.meta, position, position + interpolation.open.count)
                index = position + interpolation.open.count
                interpolationDepth += 1
                scan(to: end, closer: interpolation.close)
                interpolationDepth -= 1
                if index < end {
                    emit(.meta, index, index + 1)
                    index += 1
                }
                position = index
                segmentStart = position
                continue
            }
            let byte = bytes[position]
            if byte == escape {
                position = min(position + 2, end)
                continue
            }
            if matches(close, at: position, end: end) {
                if doubledClose, matches(close, at: position + close.count, end: end) {
                    position += 2 * close.count
                    continue
                }
                position += close.count
                break
            }
            if byte == UInt8(ascii: "\n"), !multiline { break }
            position += 1
        }
        index = min(position, end)
        let isKey = rules.stringKeys && nextVisibleByte(from: index, end: end) == UInt8(ascii: ":")
        emit(isKey ? .property : .string, segmentStart, index)
    }

    /// The end of a character literal at `start` (`'a'`, `'\n'`, `'中'`), or nil.
    private func characterLiteralEnd(from start: Int, end: Int) -> Int? {
        var position = start + 1
        guard position < end else { return nil }
        if bytes[position] == UInt8(ascii: "\\") {
            position += 2
            while position < end, position - start < 12, bytes[position] != UInt8(ascii: "'"), bytes[position] != UInt8(ascii: "\n") { position += 1 }
        } else {
            guard bytes[position] != UInt8(ascii: "'"), bytes[position] != UInt8(ascii: "\n") else { return nil }
            position += 1
            while position < end, bytes[position] & 0xC0 == 0x80 { position += 1 }
        }
        guard position < end, bytes[position] == UInt8(ascii: "'") else { return nil }
        return position + 1
    }

    // MARK: - Comments, preprocessor lines, attributes, variables

    private func blockCommentEnd(_ comment: BlockComment, from start: Int, end: Int) -> Int {
        var position = start + comment.open.count
        var depth = 1
        while position < end {
            if matches(comment.close, at: position, end: end) {
                position += comment.close.count
                depth -= 1
                if depth == 0 { return position }
            } else if comment.nests, matches(comment.open, at: position, end: end) {
                position += comment.open.count
                depth += 1
            } else {
                position += 1
            }
        }
        return end
    }

    private mutating func scanPreprocessorLine(to end: Int) {
        let start = index
        var position = start
        while position < end {
            position = lineEnd(from: position, end: end)
            guard position < end, position > start, bytes[position - 1] == UInt8(ascii: "\\") else { break }
            position += 1
        }
        index = position
        emit(.meta, start, index)
    }

    /// Reads a Rust attribute, `#[…]` or `#![…]`, to its closing bracket.
    private mutating func scanHashBracketAttribute(to end: Int) -> Bool {
        var position = index + 1
        if position < end, bytes[position] == UInt8(ascii: "!") { position += 1 }
        guard position < end, bytes[position] == UInt8(ascii: "[") else { return false }
        var depth = 0
        while position < end {
            if bytes[position] == UInt8(ascii: "[") { depth += 1 }
            if bytes[position] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 {
                    position += 1
                    break
                }
            }
            position += 1
        }
        emit(.meta, index, position)
        index = position
        return true
    }

    /// Reads a shell variable at `index`: `$name`, `${…}`, `$1`, `$@` and the like.
    private mutating func scanDollarVariable(to end: Int) -> Bool {
        let start = index
        guard start + 1 < end else { return false }
        let next = bytes[start + 1]
        var position = start + 2
        if next == UInt8(ascii: "{") {
            var depth = 1
            while position < end, bytes[position] != UInt8(ascii: "\n") {
                if bytes[position] == UInt8(ascii: "{") { depth += 1 }
                if bytes[position] == UInt8(ascii: "}") { depth -= 1 }
                position += 1
                if depth == 0 { break }
            }
        } else if byteClasses[Int(next)].contains(.wordStart), next < 0x80 {
            while position < end, bytes[position] < 0x80, byteClasses[Int(bytes[position])].contains(.word) { position += 1 }
        } else if !(next.isASCIIDigit || Array("@#?$!*-".utf8).contains(next)) {
            return false
        }
        index = position
        emit(.variable, start, index)
        return true
    }

    // MARK: - Here-documents

    /// Reads `<<WORD`, `<<-WORD`, `<<'WORD'` or `<<"WORD"` (not `<<<`) and keeps WORD
    /// for the lines that follow.
    private mutating func scanHereDocumentOpener(to end: Int) -> Bool {
        let start = index
        guard matches(Array("<<".utf8), at: start, end: end), !matches(Array("<<<".utf8), at: start, end: end) else { return false }
        var position = start + 2
        let stripsTabs = position < end && bytes[position] == UInt8(ascii: "-")
        if stripsTabs { position += 1 }
        let operatorEnd = position
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        let wordStart = position
        var terminator: [UInt8] = []
        if position < end, bytes[position] == UInt8(ascii: "'") || bytes[position] == UInt8(ascii: "\"") {
            let quote = bytes[position]
            position += 1
            while position < end, bytes[position] != quote, bytes[position] != UInt8(ascii: "\n") {
                terminator.append(bytes[position])
                position += 1
            }
            guard position < end, bytes[position] == quote else { return false }
            position += 1
        } else {
            if position < end, bytes[position] == UInt8(ascii: "\\") { position += 1 }
            while position < end, bytes[position].isASCIIAlphanumeric || bytes[position] == UInt8(ascii: "_") {
                terminator.append(bytes[position])
                position += 1
            }
        }
        guard !terminator.isEmpty else { return false }
        emit(.operator, start, operatorEnd)
        emit(.meta, wordStart, position)
        index = position
        pendingHereDocuments.append((terminator, stripsTabs))
        return true
    }

    /// Reads the bodies of the pending here-documents from the start of a line.
    private mutating func scanHereDocuments(to end: Int) {
        for (number, document) in pendingHereDocuments.enumerated() {
            let bodyStart = index
            var lineStart = index
            var found = false
            while lineStart < end {
                let lineStop = lineEnd(from: lineStart, end: end)
                var textStart = lineStart
                if document.stripsTabs { while textStart < lineStop, bytes[textStart] == UInt8(ascii: "\t") { textStart += 1 } }
                if bytes[textStart..<lineStop].elementsEqual(document.terminator) {
                    emit(.string, bodyStart, lineStart)
                    emit(.meta, textStart, lineStop)
                    index = lineStop
                    found = true
                    break
                }
                lineStart = lineStop + 1
            }
            if !found {
                emit(.string, bodyStart, end)
                index = end
            }
            if index < end, bytes[index] == UInt8(ascii: "\n"), number < pendingHereDocuments.count - 1 {
                index += 1
            }
        }
        pendingHereDocuments.removeAll()
    }

    // MARK: - Helpers

    private mutating func emit(_ kind: HighlightKind, _ start: Int, _ end: Int) {
        if end > start { tokens.append(HighlightToken(kind: kind, start: start, end: end)) }
    }

    private func matches(_ pattern: [UInt8], at position: Int, end: Int) -> Bool {
        guard !pattern.isEmpty, position + pattern.count <= end else { return pattern.isEmpty }
        for offset in pattern.indices where bytes[position + offset] != pattern[offset] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int, end: Int) -> Int? {
        var position = start
        while position + pattern.count <= end {
            if matches(pattern, at: position, end: end) { return position }
            position += 1
        }
        return nil
    }

    /// Where the line holding `position` ends: its line feed, or `end`.
    private func lineEnd(from position: Int, end: Int) -> Int {
        var position = position
        while position < end, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        return position
    }

    /// Whether a `{` comes before the next `;` or `}` from `position` on.
    private func opensBlockBeforeStatementEnd(from position: Int, end: Int) -> Bool {
        var position = position
        while position < end {
            switch bytes[position] {
            case UInt8(ascii: "{"): return true
            case UInt8(ascii: ";"), UInt8(ascii: "}"): return false
            default: position += 1
            }
        }
        return false
    }

    private func isAtLineStart(_ position: Int) -> Bool {
        var before = position - 1
        while before >= 0, bytes[before] == UInt8(ascii: " ") || bytes[before] == UInt8(ascii: "\t") { before -= 1 }
        return before < 0 || bytes[before] == UInt8(ascii: "\n")
    }

    /// The first byte from `position` on that is not a space or a tab.
    private func nextVisibleByte(from position: Int, end: Int) -> UInt8? {
        var position = position
        while position < end, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
        return position < end ? bytes[position] : nil
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIILowercase: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
    var isASCIILetter: Bool { isASCIIUppercase || isASCIILowercase }
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
    var isASCIIHexDigit: Bool { isASCIIDigit || (self | 0x20 >= UInt8(ascii: "a") && self | 0x20 <= UInt8(ascii: "f")) }
}
