import OctavoModel

/// What the inline phase needs to know about the whole document.
struct InlineContext: Sendable {
    /// Link reference definitions, keyed by normalized label.
    var references: [String: LinkReferenceDefinition]
    /// Normalized labels (without the `^`) of GFM footnote definitions.
    var footnoteLabels: Set<String>
    /// `.commonmark`; `.gfm` for the GFM extensions; `.kramdown` for those and `$$` math.
    var dialect: MarkdownDialect
}

/// Parses the raw text of a leaf block into inlines (the CommonMark inline algorithm, plus GFM extensions).
///
/// One parser serves a whole document: its scanner keeps the memory of its buffers
/// from one block to the next.
struct InlineParser {
    private var scanner: InlineScanner

    init(context: InlineContext) {
        scanner = InlineScanner(context: context)
    }

    /// `text` is a leaf block's raw content: lines joined with "\n", each line's leading spaces/tabs
    /// already removed, and the final trailing spaces/tabs removed. Indices are those of the slice.
    mutating func parse(_ text: ArraySlice<UInt8>) -> [Inline] {
        let syntax = scanner.firstSyntax(in: text)
        if syntax == text.endIndex { return text.isEmpty ? [] : [.text(String(parsedUTF8: text))] }
        scanner.start(text, at: syntax)
        scanner.scan()
        return scanner.finish()
    }
}

/// The state of one inline parse: the input, the node tree, and the delimiter and bracket stacks.
struct InlineScanner {
    private(set) var input: ArraySlice<UInt8> = []
    let context: InlineContext
    let isGFM: Bool
    let isKramdown: Bool
    var tree = InlineTree()
    /// The current position in `input`.
    var position = 0
    /// The start of the literal text not yet added to the tree.
    var textStart = 0
    var delimiters = DelimiterStack()
    var brackets: [Bracket] = []
    /// Non-image brackets below this index are inactive (they would make a link inside a link).
    var linkBarrier = 0
    /// Memory that keeps code span and raw HTML scanning linear.
    var memo = ScanMemo()
    /// kramdown: the lower-cased names of the raw HTML elements open, innermost last.
    var openHTMLElements: [[UInt8]] = []

    init(context: InlineContext) {
        self.context = context
        isGFM = context.dialect.hasGFMExtensions
        isKramdown = context.dialect.hasKramdownExtensions
    }

    /// Begins the parse of `text`, whose first byte that may start syntax is at `syntax`,
    /// emptying what the last parse left.
    mutating func start(_ text: ArraySlice<UInt8>, at syntax: Int) {
        input = text
        tree.reset(capacity: text.count)
        position = syntax
        textStart = text.startIndex
        delimiters.reset()
        if !brackets.isEmpty { brackets.removeAll(keepingCapacity: true) }
        linkBarrier = 0
        memo.reset()
        if !openHTMLElements.isEmpty { openHTMLElements.removeAll(keepingCapacity: true) }
    }

    /// The inlines of the text just scanned.
    mutating func finish() -> [Inline] {
        input = []
        return tree.inlines()
    }

    /// Bytes that may start CommonMark inline syntax; every other byte is literal text.
    private static let special = table(of: "\n\\`*_[]!&<")

    /// Bytes that may start inline syntax when the GFM extensions are on.
    private static let specialGFM = table(of: "\n\\`*_[]!&<~@hwf")

    /// Bytes that may start inline syntax in kramdown posts (GFM, `$$` math, extensions and attribute lists).
    private static let specialKramdown = table(of: "\n\\`*_[]!&<~@hwf${")

    private static func table(of bytes: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in bytes.utf8 { table[Int(byte)] = true }
        return table
    }

    /// The bytes that may start inline syntax in the dialect.
    private var special: [Bool] {
        isKramdown ? Self.specialKramdown : isGFM ? Self.specialGFM : Self.special
    }

    /// The index of the first byte of `text` that may start inline syntax, or its end when
    /// it is all literal text. An `h`, `w` or `f` counts only where an extended autolink's
    /// prefix follows it: the scan would take any other for literal text.
    func firstSyntax(in text: ArraySlice<UInt8>) -> Int {
        let special = self.special
        var index = text.startIndex
        while true {
            index = Self.firstSpecial(in: text, from: index, special)
            guard index < text.endIndex else { return index }
            switch text[index] {
            case UInt8(ascii: "h"):
                if Self.hasPrefix("http://", in: text, at: index) || Self.hasPrefix("https://", in: text, at: index) { return index }
            case UInt8(ascii: "w"):
                if Self.hasPrefix("www.", in: text, at: index) { return index }
            case UInt8(ascii: "f"):
                if Self.hasPrefix("ftp://", in: text, at: index) { return index }
            default:
                return index
            }
            index += 1
        }
    }

    /// Whether `prefix` starts at `index` in `text`.
    static func hasPrefix(_ prefix: StaticString, in text: ArraySlice<UInt8>, at index: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= text.endIndex else { return false }
        let bytes = prefix.utf8Start
        for offset in 0..<count where text[index + offset] != bytes[offset] { return false }
        return true
    }

    /// The index of the first byte of `input` at or after `index` that `special` marks, or
    /// the end of the input.
    ///
    /// Special bytes are ASCII, so sixteen bytes that are all non-ASCII (CJK text, say)
    /// are passed over at once; other bytes are looked up sixteen at a time.
    private static func firstSpecial(in input: ArraySlice<UInt8>, from index: Int, _ special: [Bool]) -> Int {
        input.withUnsafeBufferPointer { bytes in
            special.withUnsafeBufferPointer { special in
                guard let base = bytes.baseAddress else { return input.endIndex }
                var offset = index - input.startIndex
                while offset < bytes.count {
                    if offset + 16 <= bytes.count {
                        let block = UnsafeRawPointer(base + offset).loadUnaligned(as: SIMD16<UInt8>.self)
                        let ascii = unsafeBitCast(~block & SIMD16(repeating: 0x80), to: (UInt64, UInt64).self)
                        if ascii.0 | ascii.1 == 0 {
                            offset += 16
                            continue
                        }
                    }
                    let stop = min(offset + 16, bytes.count)
                    while offset < stop {
                        if special[Int(bytes[offset])] { return input.startIndex + offset }
                        offset += 1
                    }
                }
                return input.endIndex
            }
        }
    }

    /// Parses the whole input into `tree`.
    mutating func scan() {
        let end = input.endIndex
        let special = self.special
        while position < end {
            position = Self.firstSpecial(in: input, from: position, special)
            guard position < end else { break }
            let byte = input[position]
            switch byte {
            case UInt8(ascii: "\n"): lineEnding()
            case UInt8(ascii: "\\"): backslash()
            case UInt8(ascii: "`"): codeSpan()
            case UInt8(ascii: "*"), UInt8(ascii: "_"): delimiterRun()
            case UInt8(ascii: "~"): delimiterRun()
            case UInt8(ascii: "["): openBracket(image: false, length: 1)
            case UInt8(ascii: "!"):
                if position + 1 < end, input[position + 1] == UInt8(ascii: "[") {
                    openBracket(image: true, length: 2)
                } else {
                    position += 1
                }
            case UInt8(ascii: "]"): closeBracket()
            case UInt8(ascii: "&"): characterReference()
            case UInt8(ascii: "<"): angleBracket()
            case UInt8(ascii: "@"):
                if !extendedEmailAutolink() { position += 1 }
            case UInt8(ascii: "$"): math()
            case UInt8(ascii: "{"): brace()
            default:
                if !extendedAutolink() { position += 1 }
            }
        }
        flushText(upTo: end)
        processEmphasis(above: -1)
    }

    /// Adds the pending literal text before `index` to the tree.
    mutating func flushText(upTo index: Int) {
        if index > textStart { tree.appendText(input[textStart..<index]) }
        textStart = index
    }

    /// Continues literal text at `index`, after syntax that ended just before it.
    mutating func resume(at index: Int) {
        position = index
        textStart = index
    }

    /// A line ending: a hard break after two or more spaces, otherwise a soft break.
    private mutating func lineEnding() {
        var spaces = 0
        while position - spaces - 1 >= textStart, input[position - spaces - 1] == UInt8(ascii: " ") { spaces += 1 }
        flushText(upTo: position - spaces)
        tree.append(spaces >= 2 ? .lineBreak : .softBreak)
        resume(at: LinkSyntax.skipSpacesAndTabs(input, from: position + 1))
    }

    /// A backslash: an escaped punctuation character, a hard break, or a literal backslash.
    private mutating func backslash() {
        let next = position + 1
        guard next < input.endIndex else {
            position += 1
            return
        }
        if CharacterClasses.isASCIIPunctuation(input[next]) {
            flushText(upTo: position)
            textStart = next
            position = next + 1
        } else if input[next] == UInt8(ascii: "\n") {
            flushText(upTo: position)
            tree.append(.lineBreak)
            resume(at: LinkSyntax.skipSpacesAndTabs(input, from: next + 1))
        } else {
            position += 1
        }
    }

    /// An entity or numeric character reference, or a literal `&`.
    private mutating func characterReference() {
        flushText(upTo: position)
        let start = tree.store.count
        if let next = Escapes.characterReference(in: input, at: position, appendingTo: &tree.store) {
            tree.extendText(from: start)
            resume(at: next)
        } else {
            position += 1
        }
    }

    /// A code span, or a literal run of backticks when no closing run of the same length follows.
    private mutating func codeSpan() {
        let end = input.endIndex
        let openerEnd = Self.backtickRunEnd(input, from: position)
        let length = openerEnd - position
        guard let closer = findClosingBackticks(length: length, from: openerEnd) else {
            position = openerEnd
            return
        }
        flushText(upTo: position)
        var content: [UInt8] = []
        content.reserveCapacity(closer - openerEnd)
        for byte in input[openerEnd..<closer] {
            content.append(byte == UInt8(ascii: "\n") ? UInt8(ascii: " ") : byte)
        }
        if content.count >= 2, content.first == UInt8(ascii: " "), content.last == UInt8(ascii: " "),
           content.contains(where: { $0 != UInt8(ascii: " ") }) {
            tree.appendLeaf(.code, content[1..<content.count - 1])
        } else {
            tree.appendLeaf(.code, content)
        }
        resume(at: min(closer + length, end))
    }

    /// kramdown inline math `$$...$$`: the TeX up to the next `$$`, trimmed and untouched;
    /// a literal `$` when no `$$` follows.
    private mutating func math() {
        let end = input.endIndex
        guard position + 1 < end, input[position + 1] == UInt8(ascii: "$") else {
            position += 1
            return
        }
        let contentStart = position + 2
        guard memo.noMathCloserFrom.map({ contentStart < $0 }) ?? true,
              let closer = findMathCloser(from: contentStart) else {
            memo.noMathCloserFrom = min(memo.noMathCloserFrom ?? contentStart, contentStart)
            position += 2
            return
        }
        flushText(upTo: position)
        var start = contentStart
        var stop = closer
        while start < stop, CharacterClasses.isWhitespace(input[start]) { start += 1 }
        while stop > start, CharacterClasses.isWhitespace(input[stop - 1]) { stop -= 1 }
        tree.appendLeaf(.math, input[start..<stop])
        resume(at: closer + 2)
    }

    /// The index of the next `$$` at or after `index`.
    private func findMathCloser(from index: Int) -> Int? {
        var position = index
        let end = input.endIndex
        while position + 1 < end {
            if input[position] == UInt8(ascii: "$"), input[position + 1] == UInt8(ascii: "$") { return position }
            position += 1
        }
        return nil
    }

    /// The index after the run of backticks starting at `index`.
    static func backtickRunEnd(_ input: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < input.endIndex, input[position] == UInt8(ascii: "`") { position += 1 }
        return position
    }

    /// The start of the next run of exactly `length` backticks at or after `index`, remembering
    /// which run lengths exist so that unmatched openers never rescan the input.
    private mutating func findClosingBackticks(length: Int, from index: Int) -> Int? {
        if memo.backticksScannedToEnd {
            guard let last = memo.lastBacktickRun(length: length), last >= index else { return nil }
        }
        var position = index
        let end = input.endIndex
        while position < end {
            if input[position] != UInt8(ascii: "`") {
                position += 1
                continue
            }
            let runEnd = Self.backtickRunEnd(input, from: position)
            memo.noteBacktickRun(length: runEnd - position, at: position)
            if runEnd - position == length { return position }
            position = runEnd
        }
        memo.backticksScannedToEnd = true
        return nil
    }
}

/// Facts learned while scanning that keep later scans from repeating work.
struct ScanMemo {
    /// True once some code span search has seen every backtick run to the end of the input.
    var backticksScannedToEnd = false
    /// The start of the last backtick run of each length below `shortRun` seen so far, by
    /// length (-1 for a length not seen), and of each longer length. A dictionary's first
    /// use sets up its generic type at run time, which most posts never need.
    private var lastShortBacktickRun: [Int] = []
    private var lastLongBacktickRun: [Int: Int] = [:]
    private static let shortRun = 64
    /// The smallest index from which a search for a closing `$$` failed.
    var noMathCloserFrom: Int?
    /// For each kramdown extension, the smallest index from which a search for its closing tag failed.
    var missingExtensionCloser: [ExtensionSyntax.Name: Int] = [:]
    /// Where the line of the last `{:` without a `}` on the rest of its line ends; the
    /// scan only moves forward, so every `{:` before it is unclosed too.
    var unclosedBraceUntil: Int?
    /// For each raw HTML terminator, the smallest index from which a search for it failed.
    var missingTerminator: [HTMLTags.Terminator: Int] = [:]

    /// Remembers a run of `length` backticks starting at `start`.
    mutating func noteBacktickRun(length: Int, at start: Int) {
        guard length < Self.shortRun else {
            lastLongBacktickRun[length] = max(lastLongBacktickRun[length] ?? start, start)
            return
        }
        if length >= lastShortBacktickRun.count {
            lastShortBacktickRun.append(contentsOf: repeatElement(-1, count: length + 1 - lastShortBacktickRun.count))
        }
        lastShortBacktickRun[length] = max(lastShortBacktickRun[length], start)
    }

    /// The start of the last run of `length` backticks seen so far.
    func lastBacktickRun(length: Int) -> Int? {
        guard length < Self.shortRun else { return lastLongBacktickRun[length] }
        guard length < lastShortBacktickRun.count, lastShortBacktickRun[length] >= 0 else { return nil }
        return lastShortBacktickRun[length]
    }

    /// Forgets everything, for the scan of another input.
    mutating func reset() {
        backticksScannedToEnd = false
        if !lastShortBacktickRun.isEmpty { lastShortBacktickRun.removeAll(keepingCapacity: true) }
        if !lastLongBacktickRun.isEmpty { lastLongBacktickRun = [:] }
        noMathCloserFrom = nil
        if !missingExtensionCloser.isEmpty { missingExtensionCloser = [:] }
        unclosedBraceUntil = nil
        if !missingTerminator.isEmpty { missingTerminator = [:] }
    }
}
