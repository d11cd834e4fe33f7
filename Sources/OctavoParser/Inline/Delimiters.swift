/// One run of `*`, `_` or `~` that may open or close emphasis (or strikethrough).
struct Delimiter {
    /// The text node holding the run's remaining characters.
    var node: Int
    var character: UInt8
    /// Characters not yet used by emphasis.
    var count: Int
    /// The run's length as written (for the rule of 3).
    var originalCount: Int
    var canOpen: Bool
    var canClose: Bool
    var previous: Int
    var next: Int
}

/// The delimiter stack: delimiters in document order, linked so removal is constant time.
/// Indices only grow, so comparing indices compares positions in the document.
struct DelimiterStack {
    var items: [Delimiter] = []
    /// The last delimiter still on the stack, or -1.
    var top = -1

    /// Empties the stack, keeping its memory.
    mutating func reset() {
        if !items.isEmpty { items.removeAll(keepingCapacity: true) }
        top = -1
    }

    mutating func push(_ delimiter: Delimiter) {
        var delimiter = delimiter
        delimiter.previous = top
        delimiter.next = -1
        let index = items.count
        if top >= 0 { items[top].next = index }
        items.append(delimiter)
        top = index
    }

    mutating func remove(_ index: Int) {
        let previous = items[index].previous
        let next = items[index].next
        if previous >= 0 { items[previous].next = next }
        if next >= 0 { items[next].previous = previous } else { top = previous }
    }

    /// The first delimiter still on the stack whose index is above `bottom`, or -1.
    func first(above bottom: Int) -> Int {
        var index = top
        var first = -1
        while index > bottom {
            first = index
            index = items[index].previous
        }
        return first
    }
}

extension InlineScanner {
    /// A run of `*`, `_` or `~`: a delimiter when it can open or close, otherwise literal text.
    mutating func delimiterRun() {
        let character = input[position]
        var end = position + 1
        while end < input.endIndex, input[end] == character { end += 1 }
        let count = end - position
        if character == UInt8(ascii: "~"), count > 2 {
            position = end
            return
        }
        let before: Unicode.Scalar = position == input.startIndex ? "\n" : CharacterClasses.scalar(endingBefore: position, in: input)
        let after: Unicode.Scalar = end == input.endIndex ? "\n" : CharacterClasses.scalar(startingAt: end, in: input)
        let beforeSpace = CharacterClasses.isUnicodeWhitespace(before)
        let afterSpace = CharacterClasses.isUnicodeWhitespace(after)
        let beforePunctuation = CharacterClasses.isUnicodePunctuation(before)
        let afterPunctuation = CharacterClasses.isUnicodePunctuation(after)
        let leftFlanking = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
        let rightFlanking = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
        let canOpen: Bool
        let canClose: Bool
        if isKramdown, character != UInt8(ascii: "~") {
            // kramdown: an opener is not followed by white space, a closer not preceded by
            // it, whatever punctuation stands beside them (`**值方法。**显式`); `_` also
            // never stands inside a word.
            let isUnderscore = character == UInt8(ascii: "_")
            canOpen = !afterSpace && !(isUnderscore && Self.isWordCharacter(before))
            canClose = !beforeSpace && !(isUnderscore && Self.isWordCharacter(after))
        } else if character == UInt8(ascii: "_") {
            canOpen = leftFlanking && (!rightFlanking || beforePunctuation)
            canClose = rightFlanking && (!leftFlanking || afterPunctuation)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        guard canOpen || canClose else {
            position = end
            return
        }
        flushText(upTo: position)
        let node = tree.appendIsolatedText(input[position..<end])
        delimiters.push(Delimiter(
            node: node, character: character, count: count, originalCount: count,
            canOpen: canOpen, canClose: canClose, previous: -1, next: -1))
        resume(at: end)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The slot in `openersBottom` for closers like `delimiter`.
    private static func openersBottomSlot(_ delimiter: Delimiter) -> Int {
        switch delimiter.character {
        case UInt8(ascii: "*"): return (delimiter.canOpen ? 3 : 0) + delimiter.originalCount % 3
        case UInt8(ascii: "_"): return 6 + (delimiter.canOpen ? 3 : 0) + delimiter.originalCount % 3
        default: return 12 + delimiter.originalCount
        }
    }

    /// Whether `opener` and `closer` may form emphasis or strikethrough together.
    private func matches(_ opener: Delimiter, _ closer: Delimiter) -> Bool {
        guard opener.character == closer.character, opener.canOpen else { return false }
        if closer.character == UInt8(ascii: "~") { return opener.count == closer.count }
        if opener.canClose || closer.canOpen {
            let sum = opener.originalCount + closer.originalCount
            if sum % 3 == 0 && !(opener.originalCount % 3 == 0 && closer.originalCount % 3 == 0) { return false }
        }
        return true
    }

    /// The "process emphasis" procedure over the delimiters above `bottom`; they are all removed afterwards.
    mutating func processEmphasis(above bottom: Int) {
        var current = delimiters.first(above: bottom)
        guard current >= 0 else { return }
        var openersBottom = [Int](repeating: bottom, count: 15)
        while current >= 0 {
            let closer = delimiters.items[current]
            if !closer.canClose {
                current = closer.next
                continue
            }
            let slot = Self.openersBottomSlot(closer)
            var opener = closer.previous
            while opener > openersBottom[slot], !matches(delimiters.items[opener], closer) {
                opener = delimiters.items[opener].previous
            }
            guard opener > openersBottom[slot] else {
                openersBottom[slot] = closer.previous
                if !closer.canOpen { delimiters.remove(current) }
                current = closer.next
                continue
            }
            current = match(opener: opener, closer: current)
        }
        while delimiters.top > bottom { delimiters.remove(delimiters.top) }
    }

    /// Wraps the nodes between a matched opener and closer; returns the delimiter to continue with.
    private mutating func match(opener: Int, closer: Int) -> Int {
        let openerDelimiter = delimiters.items[opener]
        let closerDelimiter = delimiters.items[closer]
        let used: Int
        let kind: InlineTree.Kind
        if closerDelimiter.character == UInt8(ascii: "~") {
            used = closerDelimiter.count
            kind = .strikethrough
        } else if openerDelimiter.count >= 2 && closerDelimiter.count >= 2 {
            used = 2
            kind = .strong
        } else {
            used = 1
            kind = .emphasis
        }
        delimiters.items[opener].count -= used
        delimiters.items[closer].count -= used
        tree.shorten(openerDelimiter.node, by: used, fromEnd: true)
        tree.shorten(closerDelimiter.node, by: used, fromEnd: false)
        tree.wrap(between: openerDelimiter.node, and: closerDelimiter.node, as: kind)
        delimiters.items[opener].next = closer
        delimiters.items[closer].previous = opener
        if delimiters.items[opener].count == 0 {
            tree.remove(openerDelimiter.node)
            delimiters.remove(opener)
        }
        if delimiters.items[closer].count == 0 {
            let next = delimiters.items[closer].next
            tree.remove(closerDelimiter.node)
            delimiters.remove(closer)
            return next
        }
        return closer
    }
}
