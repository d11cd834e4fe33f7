/// Splits a unified diff into highlighted lines: file headers, hunk headers, added and
/// removed lines.
enum DiffScanner {
    /// The tokens of `bytes`, one per highlighted line (its line feed left out).
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var tokens: [HighlightToken] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if let kind = kind(of: line), lineEnd > lineStart {
                tokens.append(HighlightToken(kind: kind, start: lineStart, end: lineEnd))
            }
            lineStart = lineEnd + 1
        }
        return tokens
    }

    private static func kind(of line: UnsafeBufferPointer<UInt8>) -> HighlightKind? {
        func starts(with prefix: String) -> Bool { line.starts(with: prefix.utf8) }
        if starts(with: "+++ ") || starts(with: "--- ") || starts(with: "diff ") || starts(with: "index ") { return .meta }
        if starts(with: "@@") { return .section }
        switch line.first {
        case UInt8(ascii: "+"), UInt8(ascii: ">"): return .inserted
        case UInt8(ascii: "-"), UInt8(ascii: "<"): return .deleted
        default: return nil
        }
    }
}
