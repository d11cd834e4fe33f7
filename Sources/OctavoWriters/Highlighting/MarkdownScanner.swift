/// Splits Markdown into highlighted tokens: headings, fenced code, quote and list
/// markers, code spans, emphasis, links and front matter.
enum MarkdownScanner {
    /// The tokens of `bytes`.
    static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        var tokens: [HighlightToken] = []
        var lineStart = 0
        var fence: (byte: UInt8, count: Int)?
        var inFrontMatter = false
        var lineNumber = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            defer {
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            var textStart = lineStart
            while textStart < lineEnd, textStart - lineStart < 4, bytes[textStart] == UInt8(ascii: " ") { textStart += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[textStart..<lineEnd])
            let isDashes = lineEnd - lineStart == 3 && line.elementsEqual("---".utf8)
            if inFrontMatter || (lineNumber == 0 && isDashes) {
                tokens.append(HighlightToken(kind: .meta, start: lineStart, end: lineEnd))
                inFrontMatter = inFrontMatter ? !isDashes : true
                continue
            }
            let fenceRun = line.prefix { $0 == (line.first ?? 0) }.count
            if let open = fence {
                if line.first == open.byte, fenceRun >= open.count, line.dropFirst(fenceRun).allSatisfy({ $0 == UInt8(ascii: " ") }) {
                    fence = nil
                    tokens.append(HighlightToken(kind: .meta, start: textStart, end: lineEnd))
                } else if lineEnd > lineStart {
                    tokens.append(HighlightToken(kind: .string, start: lineStart, end: lineEnd))
                }
                continue
            }
            if let first = line.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"), fenceRun >= 3 {
                fence = (first, fenceRun)
                tokens.append(HighlightToken(kind: .meta, start: textStart, end: lineEnd))
                continue
            }
            let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
            if (1...6).contains(hashes), hashes == line.count || line[hashes] == UInt8(ascii: " ") {
                tokens.append(HighlightToken(kind: .heading, start: textStart, end: lineEnd))
                continue
            }
            var inlineStart = textStart
            while inlineStart < lineEnd, bytes[inlineStart] == UInt8(ascii: ">") {
                tokens.append(HighlightToken(kind: .operator, start: inlineStart, end: inlineStart + 1))
                inlineStart += 1
                while inlineStart < lineEnd, bytes[inlineStart] == UInt8(ascii: " ") { inlineStart += 1 }
            }
            inlineStart = listMarker(in: bytes, from: inlineStart, to: lineEnd, tokens: &tokens)
            inlineTokens(in: bytes, from: inlineStart, to: lineEnd, tokens: &tokens)
        }
        return tokens
    }

    /// Marks a list item's marker (`-`, `*`, `+`, `1.`, `1)`) and returns where its text starts.
    private static func listMarker(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, tokens: inout [HighlightToken]) -> Int {
        var position = start
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        let markerStart = position
        if position < end, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[position]) {
            position += 1
        } else {
            while position < end, position - markerStart < 9, bytes[position].isASCIIDigit { position += 1 }
            guard position > markerStart, position < end, bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: ")") else {
                return start
            }
            position += 1
        }
        guard position == end || bytes[position] == UInt8(ascii: " ") else { return start }
        tokens.append(HighlightToken(kind: .operator, start: markerStart, end: position))
        return position
    }

    /// Code spans, emphasis (`*…*`, `**…**`, `_…_`) and links (`[text](address)`) on one line.
    private static func inlineTokens(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, tokens: inout [HighlightToken]) {
        var position = start
        func find(_ byte: UInt8, from start: Int) -> Int? {
            var position = start
            while position < end {
                if bytes[position] == byte { return position }
                position += 1
            }
            return nil
        }
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "`"):
                var run = position
                while run < end, bytes[run] == UInt8(ascii: "`") { run += 1 }
                let count = run - position
                var search = run
                var closing: Int?
                while let candidate = find(UInt8(ascii: "`"), from: search) {
                    var candidateEnd = candidate
                    while candidateEnd < end, bytes[candidateEnd] == UInt8(ascii: "`") { candidateEnd += 1 }
                    if candidateEnd - candidate == count {
                        closing = candidateEnd
                        break
                    }
                    search = candidateEnd
                }
                if let closing {
                    tokens.append(HighlightToken(kind: .string, start: position, end: closing))
                    position = closing
                } else {
                    position = run
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                let isDouble = position + 1 < end && bytes[position + 1] == byte
                let width = isDouble ? 2 : 1
                let contentStart = position + width
                guard contentStart < end, bytes[contentStart] != UInt8(ascii: " "),
                      byte == UInt8(ascii: "*") || position == start || !bytes[position - 1].isASCIIAlphanumeric,
                      let close = find(byte, from: contentStart + 1),
                      !isDouble || (close + 1 < end && bytes[close + 1] == byte),
                      bytes[close - 1] != UInt8(ascii: " ") else {
                    position += width
                    continue
                }
                tokens.append(HighlightToken(kind: .emphasis, start: position, end: close + width))
                position = close + width
            case UInt8(ascii: "["):
                if let close = find(UInt8(ascii: "]"), from: position + 1), close + 1 < end, bytes[close + 1] == UInt8(ascii: "("),
                   let addressEnd = find(UInt8(ascii: ")"), from: close + 2) {
                    tokens.append(HighlightToken(kind: .link, start: position, end: addressEnd + 1))
                    position = addressEnd + 1
                } else {
                    position += 1
                }
            default:
                position += 1
            }
        }
    }
}
