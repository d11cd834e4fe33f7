/// One piece of a Liquid template: text, an output `{{ … }}` or a tag `{% … %}`.
struct LiquidToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case text
        case output
        case tag
    }

    var kind: Kind
    /// The bytes of the token in the template; for text, what is left after `-` trimming.
    var range: Range<Int>
    /// What is between the delimiters, without the `-` marks and surrounding white space.
    var markup: String
    /// For a tag, its first word (`if`, `include`); empty otherwise.
    var name: String = ""
}

/// Splits a template into text, outputs and tags. `{{-`/`{%-` remove the white space
/// (line endings included) before them, `-}}`/`-%}` the white space after them. The
/// body of `{% raw %}` is text. An unclosed `{{` or `{%` is left as text and reported.
struct LiquidLexer {
    let bytes: [UInt8]

    /// The tokens, and the offsets of delimiters that are never closed.
    func tokens() -> (tokens: [LiquidToken], unclosed: [Int]) {
        var tokens: [LiquidToken] = []
        var unclosed: [Int] = []
        var trimNext = false
        var textStart = 0
        var index = 0
        let count = bytes.count
        func addText(upTo end: Int, trimEnd: Bool) {
            var start = textStart
            var stop = end
            if trimNext { while start < stop, isSpace(bytes[start]) { start += 1 } }
            if trimEnd { while stop > start, isSpace(bytes[stop - 1]) { stop -= 1 } }
            if start < stop { tokens.append(LiquidToken(kind: .text, range: start..<stop, markup: "")) }
        }
        while index + 1 < count {
            guard bytes[index] == 0x7B, bytes[index + 1] == 0x7B || bytes[index + 1] == 0x25 else {
                index += 1
                continue
            }
            let isOutput = bytes[index + 1] == 0x7B
            guard let close = find(isOutput ? [0x7D, 0x7D] : [0x25, 0x7D], from: index + 2) else {
                unclosed.append(index)
                index += 2
                continue
            }
            var end = close + 2
            if isOutput, end < count, bytes[end] == 0x7D { end += 1 }
            var innerStart = index + 2
            var innerEnd = close
            let trimBefore = innerStart < innerEnd && bytes[innerStart] == 0x2D
            if trimBefore { innerStart += 1 }
            let trimAfter = innerEnd > innerStart && bytes[innerEnd - 1] == 0x2D
            if trimAfter { innerEnd -= 1 }
            addText(upTo: index, trimEnd: trimBefore)
            let markup = String(decoding: bytes[innerStart..<innerEnd], as: UTF8.self).trimmingWhitespace
            if isOutput {
                tokens.append(LiquidToken(kind: .output, range: index..<end, markup: markup))
                trimNext = trimAfter
                textStart = end
                index = end
                continue
            }
            let name = String(markup.prefix { !$0.isWhitespace })
            tokens.append(LiquidToken(kind: .tag, range: index..<end, markup: markup, name: name))
            trimNext = trimAfter
            textStart = end
            index = end
            if name == "raw", let (bodyEnd, tagEnd, trimsBefore, trimsAfter) = endRaw(from: end) {
                addText(upTo: bodyEnd, trimEnd: trimsBefore)
                tokens.append(LiquidToken(kind: .tag, range: bodyEnd..<tagEnd, markup: "endraw", name: "endraw"))
                trimNext = trimsAfter
                textStart = tagEnd
                index = tagEnd
            }
        }
        addText(upTo: count, trimEnd: false)
        return (tokens, unclosed)
    }

    /// The next `{% endraw %}` after `start`: where it begins and ends, and its `-` marks.
    private func endRaw(from start: Int) -> (Int, Int, Bool, Bool)? {
        var index = start
        while let open = find([0x7B, 0x25], from: index) {
            guard let close = find([0x25, 0x7D], from: open + 2) else { return nil }
            var inner = Substring(String(decoding: bytes[open + 2..<close], as: UTF8.self))
            let trimsBefore = inner.hasPrefix("-")
            if trimsBefore { inner = inner.dropFirst() }
            let trimsAfter = inner.hasSuffix("-")
            if trimsAfter { inner = inner.dropLast() }
            if inner.trimmingWhitespace == "endraw" { return (open, close + 2, trimsBefore, trimsAfter) }
            index = open + 2
        }
        return nil
    }

    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index + 1] == pattern[1] { return index }
            index += 1
        }
        return nil
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
