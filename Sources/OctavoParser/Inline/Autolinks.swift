/// Autolinks `<scheme:...>` and `<user@host>`, raw HTML, and GFM extended autolinks.
extension InlineScanner {
    /// `<`: an autolink, raw HTML, or a literal `<`.
    mutating func angleBracket() {
        let start = position
        if let end = Self.uriAutolinkEnd(input, from: start) {
            let text = Self.autolinkText(input[(start + 1)..<(end - 1)])
            flushText(upTo: start)
            tree.appendAutolink(to: text, text: text, style: .autolink)
            resume(at: end)
        } else if let end = Self.emailAutolinkEnd(input, from: start) {
            let text = Self.autolinkText(input[(start + 1)..<(end - 1)])
            flushText(upTo: start)
            tree.appendAutolink(to: "mailto:" + text, text: text, style: .autolink)
            resume(at: end)
        } else if let end = HTMLTags.scan(input, from: start, memo: &memo, kramdownNames: isKramdown),
                  !(isKramdown && HTMLTags.isKramdownBlockElement(input[start..<end])), keepsKramdownTag(input[start..<end]) {
            flushText(upTo: start)
            tree.appendLeaf(.html, input[start..<end])
            resume(at: end)
        } else {
            position += 1
        }
    }

    /// kramdown: an end tag is raw HTML only where it closes the innermost element a start
    /// tag opened; any other is text (`### </b>`). Start tags that open an element are noted.
    private mutating func keepsKramdownTag(_ tag: ArraySlice<UInt8>) -> Bool {
        guard isKramdown, let (name, isEnd, opens) = HTMLTags.kramdownTag(tag) else { return true }
        if isEnd {
            guard openHTMLElements.last == name else { return false }
            openHTMLElements.removeLast()
        } else if opens {
            openHTMLElements.append(name)
        }
        return true
    }

    /// An autolink's text: character references are resolved, backslashes are literal.
    private static func autolinkText(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "&"), let next = Escapes.characterReference(in: bytes, at: index, appendingTo: &output) {
                index = next
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The index after `<scheme:rest>` starting at `index`, or nil.
    static func uriAutolinkEnd(_ input: ArraySlice<UInt8>, from index: Int) -> Int? {
        let end = input.endIndex
        var position = index + 1
        guard position < end, CharacterClasses.isASCIILetter(input[position]) else { return nil }
        position += 1
        while position < end, position - index - 1 <= 32 {
            let byte = input[position]
            guard CharacterClasses.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { break }
            position += 1
        }
        let schemeLength = position - index - 1
        guard schemeLength >= 2, schemeLength <= 32, position < end, input[position] == UInt8(ascii: ":") else { return nil }
        position += 1
        while position < end {
            let byte = input[position]
            if byte == UInt8(ascii: ">") { return position + 1 }
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") { return nil }
            position += 1
        }
        return nil
    }

    /// The index after `<local@domain>` starting at `index`, or nil.
    static func emailAutolinkEnd(_ input: ArraySlice<UInt8>, from index: Int) -> Int? {
        let end = input.endIndex
        var position = index + 1
        while position < end, isEmailLocalByte(input[position]) { position += 1 }
        guard position > index + 1, position < end, input[position] == UInt8(ascii: "@") else { return nil }
        position += 1
        while true {
            let labelStart = position
            while position < end, position - labelStart < 63,
                  CharacterClasses.isASCIIAlphanumeric(input[position]) || input[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position > labelStart, CharacterClasses.isASCIIAlphanumeric(input[labelStart]),
                  CharacterClasses.isASCIIAlphanumeric(input[position - 1]), position < end
            else { return nil }
            if input[position] == UInt8(ascii: ">") { return position + 1 }
            guard input[position] == UInt8(ascii: ".") else { return nil }
            position += 1
        }
    }

    private static func isEmailLocalByte(_ byte: UInt8) -> Bool {
        if CharacterClasses.isASCIIAlphanumeric(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// GFM `www.`, `http://`, `https://` and `ftp://` autolinks at `position` (a `w`, `h` or `f`); true if one was made.
    /// A `www.` link follows the start, whitespace, `*`, `_`, `~` or `(`; a scheme must not follow a letter.
    mutating func extendedAutolink() -> Bool {
        let start = position
        let before: UInt8? = start > input.startIndex ? input[start - 1] : nil
        let domainStart: Int
        let prefix: String
        if hasPrefix("www.", at: start) {
            if let before, !(CharacterClasses.isWhitespace(before) || before == UInt8(ascii: "*")
                || before == UInt8(ascii: "_") || before == UInt8(ascii: "~") || before == UInt8(ascii: "(")) {
                return false
            }
            domainStart = start
            prefix = "http://"
        } else {
            if let before, CharacterClasses.isASCIILetter(before) { return false }
            if hasPrefix("http://", at: start) {
                domainStart = start + 7
            } else if hasPrefix("https://", at: start) {
                domainStart = start + 8
            } else if hasPrefix("ftp://", at: start) {
                domainStart = start + 6
            } else {
                return false
            }
            prefix = ""
        }
        guard !insidePossibleLinkText,
              let domainEnd = validDomainEnd(from: domainStart, requiresPeriod: prefix.isEmpty == false)
        else { return false }
        var end = domainEnd
        while end < input.endIndex, !CharacterClasses.isWhitespace(input[end]), input[end] != UInt8(ascii: "<"),
              !endsBareURLInCJKProse(at: end) {
            end += 1
        }
        end = endsItsLine(start: start, end: end) && isKramdown ? end : trimTrailingPunctuation(start: start, end: end)
        guard end > domainStart else { return false }
        let text = String(parsedUTF8: input[start..<end])
        flushText(upTo: start)
        tree.appendAutolink(to: prefix + text, text: text, style: .bare)
        resume(at: end)
        return true
    }

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        Self.hasPrefix(prefix, in: input, at: index)
    }

    /// The end of a valid domain at `index`: segments of letters, digits, `_` and `-` separated by
    /// periods, with no `_` in the last two segments.
    private func validDomainEnd(from index: Int, requiresPeriod: Bool) -> Int? {
        var position = index
        var periods = 0
        var underscoreInLast = false
        var underscoreInPrevious = false
        while position < input.endIndex {
            let byte = input[position]
            if byte == UInt8(ascii: ".") {
                if position + 1 >= input.endIndex || !isDomainByte(input[position + 1]) { break }
                periods += 1
                underscoreInPrevious = underscoreInLast
                underscoreInLast = false
            } else if byte == UInt8(ascii: "_") {
                underscoreInLast = true
            } else if !isDomainByte(byte) || endsBareURLInCJKProse(at: position) {
                break
            }
            position += 1
        }
        guard position > index, !underscoreInLast, !underscoreInPrevious, !requiresPeriod || periods > 0 else { return nil }
        return position
    }

    /// Whether the character at `index` ends a bare URL after its host, as CJK prose
    /// writes one: CJK punctuation (`http://127.0.0.1:9000，并使用`), or a CJK letter
    /// right after an ASCII letter or digit (`…/docs查看`); a path segment that starts
    /// with CJK letters (`/wiki/中国`) stays part of the URL.
    private func endsBareURLInCJKProse(at index: Int) -> Bool {
        guard input[index] >= 0xC0 else { return false }
        let scalar = CharacterClasses.scalar(startingAt: index, in: input)
        if CharacterClasses.isCJKPunctuation(scalar) { return true }
        return CharacterClasses.isCJKLetter(scalar) && index > input.startIndex && CharacterClasses.isASCIIAlphanumeric(input[index - 1])
    }

    /// Whether a bare URL from `start` to `end` is alone on its line (a bookmark), so
    /// that a trailing `?` or `_` is part of it.
    private func endsItsLine(start: Int, end: Int) -> Bool {
        var before = start
        while before > input.startIndex, CharacterClasses.isSpaceOrTab(input[before - 1]) { before -= 1 }
        var after = end
        while after < input.endIndex, CharacterClasses.isSpaceOrTab(input[after]) { after += 1 }
        let startsLine = before == input.startIndex || input[before - 1] == 0x0A || input[before - 1] == 0x0D
        let endsLine = after == input.endIndex || input[after] == 0x0A || input[after] == 0x0D
        return startsLine && endsLine
    }

    /// Letters, digits, `-`, `_`, and any non-ASCII byte.
    private func isDomainByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || CharacterClasses.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// Drops trailing punctuation, an entity-like `&name;` and unbalanced `)` from an extended autolink.
    private func trimTrailingPunctuation(start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = input[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var index = end - 2
                while index >= start, CharacterClasses.isASCIIAlphanumeric(input[index]) { index -= 1 }
                end = index >= start && index < end - 2 && input[index] == UInt8(ascii: "&") ? index : end - 1
            case UInt8(ascii: ")"):
                var opening = 0
                var closing = 0
                for byte in input[start..<end] {
                    if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
                }
                guard closing > opening else { return end }
                end -= 1
            default:
                return end
            }
        }
        return end
    }

    /// A GFM e-mail autolink whose `@` is at `position`; true if one was made.
    mutating func extendedEmailAutolink() -> Bool {
        var start = position
        while start > textStart, Self.isExtendedEmailLocalByte(input[start - 1]) { start -= 1 }
        guard start < position, !insidePossibleLinkText else { return false }
        var end = position + 1
        var periods = 0
        while end < input.endIndex {
            let byte = input[end]
            if byte == UInt8(ascii: ".") {
                if end + 1 >= input.endIndex || !isDomainByte(input[end + 1]) { break }
                periods += 1
            } else if !isDomainByte(byte) {
                break
            }
            end += 1
        }
        guard end > position + 1, periods > 0 else { return false }
        let last = input[end - 1]
        guard last != UInt8(ascii: "-"), last != UInt8(ascii: "_") else { return false }
        let text = String(parsedUTF8: input[start..<end])
        flushText(upTo: start)
        tree.appendAutolink(to: "mailto:" + text, text: text, style: .bare)
        resume(at: end)
        return true
    }

    private static func isExtendedEmailLocalByte(_ byte: UInt8) -> Bool {
        CharacterClasses.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
    }
}
