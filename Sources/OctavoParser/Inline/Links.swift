import OctavoModel

/// An opening `[` or `![` waiting for its `]`.
struct Bracket {
    /// The text node holding `[` or `![`.
    var node: Int
    var isImage: Bool
    /// The index in the input just after the bracket.
    var textStart: Int
    /// The top of the delimiter stack when the bracket was found.
    var delimiterBottom: Int
    /// How many non-image brackets are on the stack up to and including this one.
    var linkOpenersThrough: Int
}

extension InlineScanner {
    /// `[` or `![`: pushes a bracket opener.
    mutating func openBracket(image: Bool, length: Int) {
        flushText(upTo: position)
        let node = tree.appendIsolatedText(input[position..<position + length])
        let linkOpeners = (brackets.last?.linkOpenersThrough ?? 0) + (image ? 0 : 1)
        brackets.append(Bracket(
            node: node, isImage: image, textStart: position + length,
            delimiterBottom: delimiters.top, linkOpenersThrough: linkOpeners))
        resume(at: position + length)
    }

    /// `]`: makes a link, image or footnote reference from the nearest opener, or stays literal.
    /// `![^note]` is a `!` followed by a footnote reference, as in GFM.
    mutating func closeBracket() {
        let close = position
        guard let opener = brackets.last else {
            position += 1
            return
        }
        if !opener.isImage && brackets.count - 1 < linkBarrier {
            popBracket()
            position += 1
            return
        }
        if let (target, end) = inlineLinkTarget(after: close) {
            finishLink(opener, target: target, end: end)
            return
        }
        if isGFM, let label = footnoteLabel(opener, close: close) {
            flushText(upTo: close)
            popBracket()
            var index = opener.node
            while index >= 0 {
                let next = tree[index].next
                tree.remove(index)
                index = next
            }
            while delimiters.top > opener.delimiterBottom { delimiters.remove(delimiters.top) }
            if opener.isImage {
                let bang = opener.textStart - 2
                _ = tree.appendIsolatedText(input[bang..<bang + 1])
            }
            tree.appendLeaf(.footnoteReference, label.utf8)
            resume(at: close + 1)
            return
        }
        if let (target, end) = referenceTarget(opener, close: close) {
            finishLink(opener, target: target, end: end)
            return
        }
        popBracket()
        position += 1
    }

    /// Removes the top bracket, keeping the inactive region within the stack.
    private mutating func popBracket() {
        brackets.removeLast()
        linkBarrier = min(linkBarrier, brackets.count)
    }

    /// Turns the opener's node into a link or image holding everything after it.
    private mutating func finishLink(_ opener: Bracket, target: InlineTree.Target, end: Int) {
        flushText(upTo: position)
        processEmphasis(above: opener.delimiterBottom)
        tree.targets.append(target)
        tree.adoptFollowingNodes(into: opener.node, as: opener.isImage ? .image : .link, target: tree.targets.count - 1)
        popBracket()
        if !opener.isImage { linkBarrier = brackets.count }
        resume(at: end)
    }

    /// Parses `(destination "title")` right after the `]` at `close`.
    private func inlineLinkTarget(after close: Int) -> (InlineTree.Target, Int)? {
        let end = input.endIndex
        guard close + 1 < end, input[close + 1] == UInt8(ascii: "(") else { return nil }
        var index = skipWhitespace(from: close + 2)
        guard index < end else { return nil }
        var destination = ""
        var title = ""
        if input[index] != UInt8(ascii: ")") {
            guard let scanned = LinkSyntax.scanDestination(input, from: index) else { return nil }
            destination = Escapes.unescape(input[scanned.raw])
            index = skipWhitespace(from: scanned.end)
            if index > scanned.end, let scannedTitle = LinkSyntax.scanTitle(input, from: index) {
                title = Escapes.unescape(input[scannedTitle.raw])
                index = skipWhitespace(from: scannedTitle.end)
            }
            guard index < end, input[index] == UInt8(ascii: ")") else { return nil }
        }
        return (InlineTree.Target(destination: destination, title: title, style: .inline), index + 1)
    }

    /// A full, collapsed or shortcut reference after the `]` at `close`.
    private func referenceTarget(_ opener: Bracket, close: Int) -> (InlineTree.Target, Int)? {
        if context.references.isEmpty { return nil }
        var labelRange = opener.textStart..<close
        var end = close + 1
        if end < input.endIndex, input[end] == UInt8(ascii: "[") {
            if end + 1 < input.endIndex, input[end + 1] == UInt8(ascii: "]") {
                end += 2
            } else if let label = LinkSyntax.scanLabel(input, from: end) {
                labelRange = label.content
                end = label.end
            }
        }
        if labelRange.lowerBound == opener.textStart && !isValidLabel(labelRange) { return nil }
        guard let definition = context.references[LinkSyntax.normalizeLabel(input[labelRange])] else { return nil }
        return (InlineTree.Target(destination: definition.destination, title: definition.title, style: .reference), end)
    }

    /// Whether the opener's text can be a link label: short enough, no unescaped brackets, not blank.
    private func isValidLabel(_ range: Range<Int>) -> Bool {
        guard range.count <= LinkSyntax.maximumLabelLength, range.lowerBound > input.startIndex else { return false }
        guard let scanned = LinkSyntax.scanLabel(input, from: range.lowerBound - 1) else { return false }
        return scanned.content == range
    }

    /// The normalized label of `[^label]` when it names a footnote definition.
    private func footnoteLabel(_ opener: Bracket, close: Int) -> String? {
        guard !context.footnoteLabels.isEmpty, opener.textStart < close,
              input[opener.textStart] == UInt8(ascii: "^"),
              isValidLabel(opener.textStart..<close)
        else { return nil }
        let label = LinkSyntax.normalizeLabel(input[(opener.textStart + 1)..<close])
        return context.footnoteLabels.contains(label) ? label : nil
    }

    /// Whether some active `[` or `![` could still become a link or image around the current position.
    var insidePossibleLinkText: Bool {
        let inactive = linkBarrier > 0 ? brackets[linkBarrier - 1].linkOpenersThrough : 0
        return brackets.count > inactive
    }

    /// The index after any spaces, tabs and line endings.
    func skipWhitespace(from index: Int) -> Int {
        var position = index
        while position < input.endIndex, CharacterClasses.isWhitespace(input[position]) { position += 1 }
        return position
    }
}
