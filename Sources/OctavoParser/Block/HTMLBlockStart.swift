/// The seven kinds of HTML block CommonMark distinguishes by their start condition.
enum HTMLBlockKind: Int {
    /// `<pre`, `<script`, `<style` or `<textarea`; ends at the matching close tag.
    case literal = 1
    /// `<!--`; ends at `-->`.
    case comment
    /// `<?`; ends at `?>`.
    case processingInstruction
    /// `<!` and a letter; ends at `>`.
    case declaration
    /// `<![CDATA[`; ends at `]]>`.
    case cdata
    /// A known block-level tag; ends at a blank line.
    case blockTag
    /// Any other complete tag alone on its line; ends at a blank line, cannot interrupt a paragraph.
    case otherTag

    /// Whether a blank line ends this kind of block.
    var endsAtBlankLine: Bool { self == .blockTag || self == .otherTag }
}

/// Recognises the start and end conditions of HTML blocks.
enum HTMLBlockStart {
    private static let literalTags: [[UInt8]] = ["pre", "script", "style", "textarea"].map { Array($0.utf8) }

    private static let blockTags: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center",
        "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav",
        "noframes", "ol", "optgroup", "option", "p", "param", "search", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// Void block-level elements: they have no end tag, so they never nest.
    private static let voidTags: Set<[UInt8]> = Set([
        "area", "base", "basefont", "col", "embed", "frame", "hr", "link", "meta", "param", "source", "track",
    ].map { Array($0.utf8) })

    /// Whether `name` (lower-cased) is a void block-level element such as `hr`.
    static func isVoid(_ name: [UInt8]) -> Bool { voidTags.contains(name) }

    /// The elements kramdown reads as span-level: they never start an HTML block.
    private static let kramdownSpanTags: Set<[UInt8]> = Set([
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
        "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
        "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var",
    ].map { Array($0.utf8) })

    /// Elements kramdown gives no content: their start tag is the whole element.
    private static let kramdownEmptyTags: Set<[UInt8]> = Set([
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",
    ].map { Array($0.utf8) })

    /// The end of a kramdown (XML) element name starting at `index`, if a name starts there:
    /// a letter, `_` or non-ASCII byte, then those, digits, `-`, `.` and `:`.
    private static func kramdownNameEnd(_ line: ArraySlice<UInt8>, at index: Int) -> Int? {
        guard index < line.endIndex, isKramdownNameStart(line[index]) else { return nil }
        var end = index + 1
        while end < line.endIndex, isKramdownNameStart(line[end]) || isASCIIDigit(line[end])
            || line[end] == UInt8(ascii: "-") || line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ":") {
            end += 1
        }
        return end
    }

    private static func isKramdownNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// kramdown: whether a line whose `<` is at `index` ends a paragraph or a run of lazy
    /// lines: a tag name follows that is not a span-level element's or `script` (as
    /// written, case and all), or it is a whole end tag of such an element.
    static func kramdownEndsParagraph(_ line: ArraySlice<UInt8>, at index: Int) -> Bool {
        let closing = index + 1 < line.endIndex && line[index + 1] == UInt8(ascii: "/")
        let nameStart = closing ? index + 2 : index + 1
        guard let nameEnd = kramdownNameEnd(line, at: nameStart) else { return false }
        var wordEnd = nameStart
        while wordEnd < nameEnd, isASCIILetter(line[wordEnd]) || isASCIIDigit(line[wordEnd])
            || line[wordEnd] == UInt8(ascii: "_") || line[wordEnd] >= 0x80 {
            wordEnd += 1
        }
        let word = Array(line[nameStart..<wordEnd])
        if kramdownSpanTags.contains(word) || word == Array("script".utf8) { return false }
        return !closing || closingTagEnd(line, nameEnd: nameEnd) != nil
    }

    /// kramdown: the element a block starting with `<` at `index` opens, if it is one: a
    /// whole start tag on this line of an element that is not span-level. Returns its
    /// lower-cased name and whether the tag also ends it (self-closed or without content).
    static func kramdownBlockElement(_ line: ArraySlice<UInt8>, at index: Int) -> (name: [UInt8], closed: Bool)? {
        guard let nameEnd = kramdownNameEnd(line, at: index + 1) else { return nil }
        let name = line[(index + 1)..<nameEnd].map(lowercased)
        guard !kramdownSpanTags.contains(name), let tagEnd = openTagEnd(line, nameEnd: nameEnd) else { return nil }
        return (name, line[tagEnd - 2] == UInt8(ascii: "/") || kramdownEmptyTags.contains(name))
    }

    /// The lower-cased name of a known block-level element opened (not closed, not
    /// self-closed) at `index`: kramdown keeps such an element raw up to its end tag.
    static func openedBlockElement(_ line: ArraySlice<UInt8>, at index: Int) -> [UInt8]? {
        let end = line.endIndex
        var nameEnd = index + 1
        while nameEnd < end, isASCIILetter(line[nameEnd]) || isASCIIDigit(line[nameEnd]) { nameEnd += 1 }
        guard nameEnd > index + 1 else { return nil }
        let name = line[(index + 1)..<nameEnd].map(lowercased)
        guard blockTags.contains(name), let tagEnd = openTagEnd(line, nameEnd: nameEnd),
              line[tagEnd - 2] != UInt8(ascii: "/") else { return nil }
        return name
    }

    /// kramdown: a line that is only the start tag of a block-level element with
    /// `markdown="1"` (or `"block"`), whose content is then read as Markdown; returns the
    /// element's lower-cased name and its start tag without the `markdown` attribute.
    static func markdownElement(_ line: ArraySlice<UInt8>, at index: Int) -> (name: [UInt8], tag: [UInt8])? {
        guard let name = openedBlockElement(line, at: index), let tagEnd = openTagEnd(line, nameEnd: index + 1 + name.count),
              line[tagEnd...].allSatisfy(isWhitespace) else { return nil }
        let tag = line[index..<tagEnd]
        for value in [" markdown=\"1\"", " markdown='1'", " markdown=1", " markdown=\"block\"", " markdown='block'"] {
            let pattern = Array(value.utf8)
            guard let start = tag.indices.first(where: { tag[$0...].starts(with: pattern) }) else { continue }
            return (name, Array(tag[..<start]) + Array(tag[(start + pattern.count)...]))
        }
        return nil
    }

    /// Whether `line` is only the end tag of `name` (lower-cased), after white space.
    static func isEndTagLine(_ line: ArraySlice<UInt8>, of name: [UInt8]) -> Bool {
        var text = line.drop(while: isWhitespace)
        guard text.starts(with: Array("</".utf8)) else { return false }
        text = text.dropFirst(2)
        guard text.count > name.count, zip(text.prefix(name.count), name).allSatisfy({ lowercased($0) == $1 }) else { return false }
        text = text.dropFirst(name.count).drop(while: isWhitespace)
        return text.first == UInt8(ascii: ">") && text.dropFirst().allSatisfy(isWhitespace)
    }

    /// How far `line` changes the nesting of `name` elements: +1 per start tag, -1 per end
    /// tag; start tags of void elements (`<hr style=…>`) end their element, so count 0.
    static func nestingChange(of name: [UInt8], in line: ArraySlice<UInt8>) -> Int {
        var change = 0
        var index = line.startIndex
        let end = line.endIndex
        while index < end {
            guard line[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let closing = index + 1 < end && line[index + 1] == UInt8(ascii: "/")
            let nameStart = closing ? index + 2 : index + 1
            let nameEnd = nameStart + name.count
            if nameEnd <= end, zip(line[nameStart..<nameEnd], name).allSatisfy({ lowercased($0) == $1 }),
               nameEnd == end || !(isASCIILetter(line[nameEnd]) || isASCIIDigit(line[nameEnd])) {
                if closing {
                    change -= 1
                } else if !voidTags.contains(name),
                          openTagEnd(line, nameEnd: nameEnd).map({ line[$0 - 2] != UInt8(ascii: "/") }) ?? true {
                    change += 1
                }
            }
            index += 1
        }
        return change
    }

    /// The kind of HTML block starting at `index` (which holds `<`), if any; kind 7
    /// is only considered when `allowsOtherTags` (it cannot interrupt a paragraph).
    static func kind(_ line: ArraySlice<UInt8>, at index: Int, allowsOtherTags: Bool) -> HTMLBlockKind? {
        let end = line.endIndex
        guard index + 1 < end else { return nil }
        let second = line[index + 1]
        if second == UInt8(ascii: "!") {
            if hasPrefix(line, at: index, "<!--") { return .comment }
            if hasPrefix(line, at: index, "<![CDATA[") { return .cdata }
            if index + 2 < end, isASCIILetter(line[index + 2]) { return .declaration }
            return nil
        }
        if second == UInt8(ascii: "?") { return .processingInstruction }
        let isClosing = second == UInt8(ascii: "/")
        let nameStart = isClosing ? index + 2 : index + 1
        var nameEnd = nameStart
        while nameEnd < end, isASCIILetter(line[nameEnd]) || isASCIIDigit(line[nameEnd]) || line[nameEnd] == UInt8(ascii: "-") {
            nameEnd += 1
        }
        guard nameEnd > nameStart, isASCIILetter(line[nameStart]) else { return nil }
        let name = line[nameStart..<nameEnd].map(lowercased)
        let next: UInt8? = nameEnd < end ? line[nameEnd] : nil
        if !isClosing, literalTags.contains(name) {
            if next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: ">") {
                return .literal
            }
        }
        if blockTags.contains(name) {
            if next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: ">") {
                return .blockTag
            }
            if next == UInt8(ascii: "/"), nameEnd + 1 < end, line[nameEnd + 1] == UInt8(ascii: ">") {
                return .blockTag
            }
        }
        guard allowsOtherTags else { return nil }
        let tagEnd = isClosing ? closingTagEnd(line, nameEnd: nameEnd) : openTagEnd(line, nameEnd: nameEnd)
        guard let tagEnd else { return nil }
        var rest = tagEnd
        while rest < end, line[rest] == UInt8(ascii: " ") || line[rest] == UInt8(ascii: "\t") { rest += 1 }
        return rest == end ? .otherTag : nil
    }

    /// Whether `line` contains the end condition of `kind` (kinds 1 to 5).
    static func containsEnd(of kind: HTMLBlockKind, in line: ArraySlice<UInt8>) -> Bool {
        switch kind {
        case .literal:
            return literalTags.contains { tag in containsClosingTag(line, tag) }
        case .comment: return contains(line, "-->")
        case .processingInstruction: return contains(line, "?>")
        case .declaration: return line.contains(UInt8(ascii: ">"))
        case .cdata: return contains(line, "]]>")
        case .blockTag, .otherTag: return false
        }
    }

    private static func openTagEnd(_ line: ArraySlice<UInt8>, nameEnd: Int) -> Int? {
        let end = line.endIndex
        var index = nameEnd
        while true {
            let beforeSpace = index
            while index < end, isWhitespace(line[index]) { index += 1 }
            guard index < end else { return nil }
            let byte = line[index]
            if byte == UInt8(ascii: ">") { return index + 1 }
            if byte == UInt8(ascii: "/") {
                return index + 1 < end && line[index + 1] == UInt8(ascii: ">") ? index + 2 : nil
            }
            guard index > beforeSpace, isAttributeNameStart(byte) else { return nil }
            index += 1
            while index < end, isAttributeNameStart(line[index]) || isASCIIDigit(line[index])
                || line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: "-") {
                index += 1
            }
            var afterName = index
            while afterName < end, isWhitespace(line[afterName]) { afterName += 1 }
            guard afterName < end, line[afterName] == UInt8(ascii: "=") else { continue }
            index = afterName + 1
            while index < end, isWhitespace(line[index]) { index += 1 }
            guard index < end else { return nil }
            let quote = line[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                while index < end, line[index] != quote { index += 1 }
                guard index < end else { return nil }
                index += 1
            } else {
                let valueStart = index
                while index < end, !isWhitespace(line[index]), !isUnquotedValueStop(line[index]) { index += 1 }
                guard index > valueStart else { return nil }
            }
        }
    }

    private static func closingTagEnd(_ line: ArraySlice<UInt8>, nameEnd: Int) -> Int? {
        var index = nameEnd
        while index < line.endIndex, isWhitespace(line[index]) { index += 1 }
        return index < line.endIndex && line[index] == UInt8(ascii: ">") ? index + 1 : nil
    }

    private static func containsClosingTag(_ line: ArraySlice<UInt8>, _ tag: [UInt8]) -> Bool {
        var index = line.startIndex
        let end = line.endIndex
        while index + tag.count + 2 < end {
            if line[index] == UInt8(ascii: "<"), line[index + 1] == UInt8(ascii: "/") {
                var matches = true
                for (offset, byte) in tag.enumerated() where lowercased(line[index + 2 + offset]) != byte {
                    matches = false
                    break
                }
                if matches, line[index + 2 + tag.count] == UInt8(ascii: ">") { return true }
            }
            index += 1
        }
        return false
    }

    private static func hasPrefix(_ line: ArraySlice<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= line.endIndex else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count {
            let expected = pointer[offset]
            let actual = line[index + offset]
            if isASCIILetter(expected) ? lowercased(actual) != lowercased(expected) : actual != expected { return false }
        }
        return true
    }

    private static func contains(_ line: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        var index = line.startIndex
        while index < line.endIndex {
            if hasPrefix(line, at: index, needle) { return true }
            index += 1
        }
        return false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D
    }
    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
    private static func isUnquotedValueStop(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "`")
    }
}
