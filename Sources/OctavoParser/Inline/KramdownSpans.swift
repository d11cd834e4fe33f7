import OctavoModel

extension InlineScanner {
    /// kramdown syntax starting with `{`: a span extension (`{::comment}...{:/}`,
    /// `{::nomarkdown}...{:/}`) or a span attribute list `{:...}` for the element before it.
    /// Anything else, Liquid's `{{` and `{%` among it, is literal text.
    mutating func brace() {
        if let tag = ExtensionSyntax.openingTag(in: input, at: position) {
            spanExtension(tag)
        } else if !spanAttributeList() {
            position += 1
        }
    }

    private mutating func spanExtension(_ tag: ExtensionSyntax.Tag) {
        if tag.selfClosing {
            flushText(upTo: position)
            resume(at: tag.end)
            return
        }
        guard let (closer, length) = findExtensionCloser(tag.name, from: tag.end) else {
            position += 1
            return
        }
        flushText(upTo: position)
        let content = input[tag.end..<closer]
        switch tag.name {
        case .comment: tree.appendLeaf(.html, Array("<!-- ".utf8) + content + Array(" -->".utf8))
        case .nomarkdown where tag.keepsContent: tree.appendLeaf(.html, content)
        case .nomarkdown: break
        }
        resume(at: closer + length)
    }

    /// The next closing tag of the extension at or after `index`, and its length.
    private mutating func findExtensionCloser(_ name: ExtensionSyntax.Name, from index: Int) -> (Int, Int)? {
        if let missing = memo.missingExtensionCloser[name], index >= missing { return nil }
        var candidate = index
        while let brace = input[candidate...].firstIndex(of: UInt8(ascii: "{")) {
            if let length = ExtensionSyntax.closingTagLength(of: name, in: input, at: brace) { return (brace, length) }
            candidate = brace + 1
        }
        memo.missingExtensionCloser[name] = index
        return nil
    }

    /// `{:...}` on one line: an attribute list node, applied when the inlines are built.
    private mutating func spanAttributeList() -> Bool {
        let start = position
        guard start + 2 < input.endIndex, input[start + 1] == UInt8(ascii: ":"),
              input[start + 2] != UInt8(ascii: ":"), input[start + 2] != UInt8(ascii: "/") else { return false }
        if let unclosedUntil = memo.unclosedBraceUntil, start < unclosedUntil { return false }
        var index = start + 2
        while index < input.endIndex, input[index] != UInt8(ascii: "}"), input[index] != UInt8(ascii: "\n") { index += 1 }
        guard index < input.endIndex, input[index] == UInt8(ascii: "}") else {
            memo.unclosedBraceUntil = index
            return false
        }
        flushText(upTo: start)
        let list = AttributeList(parsing: input[(start + 2)..<index])
        tree.attributeLists.append(list.attributes)
        let node = tree.appendIsolatedText(input[start...index])
        tree[node].kind = .attributeList
        tree[node].target = tree.attributeLists.count - 1
        resume(at: index + 1)
        return true
    }
}
