import OctavoModel

/// kramdown's default typography for text runs: `---` `--` `...` `<<` `>>` become
/// — – … « », and straight quotes become curly ones by kramdown's smart-quote rules.
///
/// A quote's shape depends on what surrounds it, which may lie in a neighbouring
/// node (`"*word*"`), so the value carries what came before from run to run, and each
/// run is given a `Lookahead` of what follows it. Feed it every inline of a sequence
/// in order: `append` for text, `pass` for everything else.
struct Typography {
    /// What precedes the next character, as kramdown's quote rules see it.
    enum Before {
        /// Nothing the rules can look back at: the start of the content, an element
        /// (emphasis, link, code, HTML), a replaced quote or symbol, or one of the
        /// characters that start kramdown markup (`*` `_` `` ` `` `[` `\` `|`).
        case nothing
        /// ASCII whitespace, line endings included.
        case space
        /// `(`, `{` or `-`: a quote after them always opens.
        case opening
        /// Any other character: a quote after it always closes.
        case other
    }

    /// Up to three characters that follow a text run, spelled as the Markdown source
    /// would have them (`*` before emphasis, `` ` `` before code).
    struct Lookahead {
        private(set) var first: Unicode.Scalar?
        private(set) var second: Unicode.Scalar?
        private(set) var third: Unicode.Scalar?

        /// Nothing follows: the end of the paragraph, heading or cell.
        static let end = Lookahead()

        private init() {}

        /// The characters at the start of `inlines`, then those of `closing` (the
        /// delimiter that ends the enclosing element).
        init(_ inlines: ArraySlice<Inline>, closing: String = "") {
            for inline in inlines {
                if isFull { break }
                append(inline)
            }
            append(closing)
        }

        private var isFull: Bool { third != nil }

        private mutating func append(_ scalar: Unicode.Scalar) {
            if first == nil { first = scalar } else if second == nil { second = scalar } else if third == nil { third = scalar }
        }

        private mutating func append(_ text: String) {
            for scalar in text.unicodeScalars {
                if isFull { return }
                append(scalar)
            }
        }

        private mutating func append(_ inlines: [Inline]) {
            for inline in inlines {
                if isFull { return }
                append(inline)
            }
        }

        private mutating func append(_ inline: Inline) {
            switch inline {
            case .text(let text): append(text)
            case .softBreak, .lineBreak: append("\n")
            case .code(let code): append("`"); append(code)
            case .emphasis(let content): append("*"); append(content)
            case .strong(let content): append("**"); append(content)
            case .strikethrough(let content): append("~~"); append(content)
            case .link(let link):
                switch link.style {
                case .inline, .reference: append("["); append(link.content)
                case .autolink: append("<"); append(link.destination)
                case .bare: append(link.content)
                }
            case .image: append("![")
            case .html(let html): append(html)
            case .footnoteReference: append("[^")
            case .math: append("$$")
            case .abbreviation(let abbreviation): append(abbreviation.text)
            case .attributed(let attributed): append(attributed.inline)
            }
        }
    }

    /// What precedes the next run; `.nothing` at the start of inline content.
    var before = Before.nothing

    /// Notes an inline that is not text: breaks count as whitespace, elements as nothing.
    mutating func pass(_ inline: Inline) {
        switch inline {
        case .softBreak, .lineBreak: before = .space
        default: before = .nothing
        }
    }

    /// Appends `text` with typography applied and markup escaped, `following` being
    /// what comes after it.
    mutating func append(_ text: String, followedBy following: Lookahead, to output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { append($0, followedBy: following, to: &output) }
    }

    /// Appends the UTF-8 `bytes` with typography applied and markup escaped.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, followedBy following: Lookahead, to output: inout ByteBuffer) {
        let count = bytes.count
        var runStart = 0
        // Where the last replacement ended: a quote there has nothing to look back at.
        var replacedEnd = -1
        var index = 0
        while index < count {
            let byte = bytes[index]
            var replacement: StaticString?
            var length = 1
            switch byte {
            case .quote, .apostrophe:
                let context = index == 0 ? before : index == replacedEnd ? .nothing : Self.classify(bytes[index - 1])
                let ahead = Ahead(bytes, after: index + 1, following: following)
                (replacement, length) = Self.smartQuote(byte, after: context, ahead)
            case .hyphen where index + 1 < count && bytes[index + 1] == .hyphen:
                if index + 2 < count && bytes[index + 2] == .hyphen {
                    replacement = "—"
                    length = 3
                } else {
                    replacement = "–"
                    length = 2
                }
            case .period where index + 2 < count && bytes[index + 1] == .period && bytes[index + 2] == .period:
                replacement = "…"
                length = 3
            case .less where index + 1 < count && bytes[index + 1] == .less:
                if index + 2 < count && bytes[index + 2] == .space {
                    replacement = "«\u{A0}"
                    length = 3
                } else {
                    replacement = "«"
                    length = 2
                }
            case .greater where index + 1 < count && bytes[index + 1] == .greater:
                replacement = "»"
                length = 2
            case .space where index + 2 < count && bytes[index + 1] == .greater && bytes[index + 2] == .greater:
                replacement = "\u{A0}»"
                length = 3
            default:
                break
            }
            guard let replacement else {
                index += 1
                continue
            }
            ByteEscaping.appendEscapedMarkup(UnsafeBufferPointer(rebasing: bytes[runStart..<index]), to: &output)
            output.append(replacement)
            index += length
            runStart = index
            replacedEnd = index
        }
        ByteEscaping.appendEscapedMarkup(UnsafeBufferPointer(rebasing: bytes[runStart..<count]), to: &output)
        guard count > 0 else { return }
        before = replacedEnd == count ? .nothing : Self.classify(bytes[count - 1])
    }

    // MARK: - Rules

    /// How the character before a quote counts; every non-ASCII character is `.other`.
    private static func classify(_ byte: UInt8) -> Before {
        switch byte {
        case .space, .tab, .newline, .carriageReturn, 0x0B, 0x0C: return .space
        case UInt8(ascii: "("), UInt8(ascii: "{"), .hyphen: return .opening
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "|"): return .nothing
        default: return .other
        }
    }

    /// The curly form of `quote` and how many bytes it replaces: two when the quote
    /// after it is decided by the same rule.
    private static func smartQuote(_ quote: UInt8, after context: Before, _ ahead: Ahead) -> (StaticString, Int) {
        switch context {
        case .other: return (closing(quote), 1)
        case .opening: return (opening(quote), 1)
        case .space, .nothing: break
        }
        let next = ahead.first
        // `"'` or `'"` before an ASCII word character: both open.
        if isASCIIWord(ahead.second) {
            if quote == .quote, next == "'" { return ("“‘", 2) }
            if quote == .apostrophe, next == "\"" { return ("‘“", 2) }
        }
        // An apostrophe before a decade, as in '80s.
        let isDecade = quote == .apostrophe && isDigit(next) && isDigit(ahead.second) && ahead.third == "s"
        if context == .space { return (isDecade ? closing(quote) : opening(quote), 1) }
        guard let next else { return (closing(quote), 1) }
        // Before emphasis markup.
        if next == "*" || next == "_", let after = ahead.second, !isASCIISpace(after) { return (opening(quote), 1) }
        // Before punctuation that is not a word boundary, unless it starts `...`.
        if isASCIIPunctuation(next), !(ahead.second == "." && ahead.third == "."), isWord(next) == isWord(ahead.second) {
            return (closing(quote), 1)
        }
        if isDecade { return (closing(quote), 1) }
        // Before another quote: this one stays straight and the next one closes.
        if next == "\"" || next == "'" { return (straightThenClosing(quote, next == "\""), 2) }
        if isASCIISpace(next) || (next == "s" && !isWord(ahead.second)) { return (closing(quote), 1) }
        return (opening(quote), 1)
    }

    private static func opening(_ quote: UInt8) -> StaticString {
        quote == .quote ? "“" : "‘"
    }

    private static func closing(_ quote: UInt8) -> StaticString {
        quote == .quote ? "”" : "’"
    }

    private static func straightThenClosing(_ quote: UInt8, _ nextIsDouble: Bool) -> StaticString {
        switch (quote == .quote, nextIsDouble) {
        case (true, true): return "&quot;”"
        case (true, false): return "&quot;’"
        case (false, true): return "'”"
        case (false, false): return "'’"
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar >= "0" && scalar <= "9"
    }

    private static func isASCIIWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, scalar.isASCII else { return false }
        return isDigit(scalar) || scalar == "_" || (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A)
    }

    private static func isASCIISpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
    }

    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// A word character as a Unicode word boundary sees it: letters (CJK included),
    /// marks, decimal digits and connector punctuation.
    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return isASCIIWord(scalar) }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }
}

/// The three characters after a quote: from the rest of the run, then from what follows it.
private struct Ahead {
    private(set) var first: Unicode.Scalar?
    private(set) var second: Unicode.Scalar?
    private(set) var third: Unicode.Scalar?

    init(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int, following: Typography.Lookahead) {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        while third == nil, case .scalarValue(let scalar) = decoder.decode(&iterator) { append(scalar) }
        if let scalar = following.first { append(scalar) }
        if let scalar = following.second { append(scalar) }
        if let scalar = following.third { append(scalar) }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        if first == nil { first = scalar } else if second == nil { second = scalar } else if third == nil { third = scalar }
    }
}

private extension UInt8 {
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let hyphen = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let less = UInt8(ascii: "<")
    static let greater = UInt8(ascii: ">")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
}
