/// Recognises raw inline HTML: tags, comments, processing instructions, declarations and CDATA.
enum HTMLTags {
    /// The strings that end the constructs whose content is unrestricted.
    enum Terminator: Hashable {
        case comment, processingInstruction, declaration, cdata

        var bytes: [UInt8] {
            switch self {
            case .comment: return Array("-->".utf8)
            case .processingInstruction: return Array("?>".utf8)
            case .declaration: return Array(">".utf8)
            case .cdata: return Array("]]>".utf8)
            }
        }
    }

    /// Block-level elements whose tags kramdown writes as text inside a paragraph or cell.
    private static let kramdownBlockElements: Set<[UInt8]> = Set([
        "address", "applet", "article", "aside", "blockquote", "body", "caption", "col", "colgroup", "dd", "div",
        "dl", "dt", "fieldset", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hgroup", "hr", "html", "iframe", "legend", "li", "main", "map", "menu", "nav", "ol", "optgroup", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ].map { Array($0.utf8) })

    /// kramdown: whether `tag` (`<name ...>` or `</name>`) is a block-level element's tag,
    /// which is text in span context (`<ul><li>` in a table cell).
    static func isKramdownBlockElement(_ tag: ArraySlice<UInt8>) -> Bool {
        var start = tag.startIndex + 1
        if start < tag.endIndex, tag[start] == UInt8(ascii: "/") { start += 1 }
        let end = tagNameEnd(tag, from: start)
        guard end > start else { return false }
        return kramdownBlockElements.contains(tag[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    }

    /// The index after the raw HTML starting at `index` (a `<`), or nil. `memo` remembers
    /// terminators that do not occur, so repeated failed searches stay linear.
    static func scan(_ input: ArraySlice<UInt8>, from index: Int, memo: inout ScanMemo) -> Int? {
        let end = input.endIndex
        let next = index + 1
        guard next < end else { return nil }
        let byte = input[next]
        if CharacterClasses.isASCIILetter(byte) { return openTag(input, from: next) }
        switch byte {
        case UInt8(ascii: "/"):
            return closingTag(input, from: next + 1)
        case UInt8(ascii: "?"):
            return find(.processingInstruction, in: input, from: next + 1, memo: &memo)
        case UInt8(ascii: "!"):
            let rest = next + 1
            if hasPrefix(input, at: rest, "--") {
                if hasPrefix(input, at: rest + 2, ">") { return rest + 3 }
                if hasPrefix(input, at: rest + 2, "->") { return rest + 4 }
                return find(.comment, in: input, from: rest + 2, memo: &memo)
            }
            if hasPrefix(input, at: rest, "[CDATA[") {
                return find(.cdata, in: input, from: rest + 7, memo: &memo)
            }
            if rest < end, CharacterClasses.isASCIILetter(input[rest]) {
                return find(.declaration, in: input, from: rest + 1, memo: &memo)
            }
            return nil
        default:
            return nil
        }
    }

    private static func hasPrefix(_ input: ArraySlice<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= input.endIndex else { return false }
        return prefix.withUTF8Buffer { buffer in
            var offset = 0
            while offset < count {
                if input[index + offset] != buffer[offset] { return false }
                offset += 1
            }
            return true
        }
    }

    /// The index after the first `terminator` at or after `index`.
    private static func find(_ terminator: Terminator, in input: ArraySlice<UInt8>, from index: Int, memo: inout ScanMemo) -> Int? {
        if let missing = memo.missingTerminator[terminator], index >= missing { return nil }
        let pattern = terminator.bytes
        let first = pattern[0]
        var position = index
        let limit = input.endIndex - pattern.count
        while position <= limit {
            if input[position] == first {
                var offset = 1
                while offset < pattern.count, input[position + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return position + pattern.count }
            }
            position += 1
        }
        memo.missingTerminator[terminator] = index
        return nil
    }

    /// The index after a tag name starting at `index` (a letter).
    private static func tagNameEnd(_ input: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index + 1
        while position < input.endIndex, CharacterClasses.isASCIIAlphanumeric(input[position]) || input[position] == UInt8(ascii: "-") {
            position += 1
        }
        return position
    }

    private static func skipWhitespace(_ input: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < input.endIndex, CharacterClasses.isWhitespace(input[position]) { position += 1 }
        return position
    }

    /// `</name   >`, from the index after `</`.
    private static func closingTag(_ input: ArraySlice<UInt8>, from index: Int) -> Int? {
        guard index < input.endIndex, CharacterClasses.isASCIILetter(input[index]) else { return nil }
        let position = skipWhitespace(input, from: tagNameEnd(input, from: index))
        guard position < input.endIndex, input[position] == UInt8(ascii: ">") else { return nil }
        return position + 1
    }

    /// `<name attribute="value" ... />`, from the index of the name.
    private static func openTag(_ input: ArraySlice<UInt8>, from index: Int) -> Int? {
        let end = input.endIndex
        var position = tagNameEnd(input, from: index)
        while true {
            let afterSpace = skipWhitespace(input, from: position)
            guard afterSpace < end else { return nil }
            let byte = input[afterSpace]
            if byte == UInt8(ascii: ">") { return afterSpace + 1 }
            if byte == UInt8(ascii: "/") {
                return afterSpace + 1 < end && input[afterSpace + 1] == UInt8(ascii: ">") ? afterSpace + 2 : nil
            }
            guard afterSpace > position, isAttributeNameStart(byte) else { return nil }
            position = afterSpace + 1
            while position < end, isAttributeNameByte(input[position]) { position += 1 }
            let beforeValue = skipWhitespace(input, from: position)
            guard beforeValue < end, input[beforeValue] == UInt8(ascii: "=") else { continue }
            let valueStart = skipWhitespace(input, from: beforeValue + 1)
            guard let valueEnd = attributeValueEnd(input, from: valueStart) else { return nil }
            position = valueEnd
        }
    }

    private static func isAttributeNameStart(_ byte: UInt8) -> Bool {
        CharacterClasses.isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }

    private static func isAttributeNameByte(_ byte: UInt8) -> Bool {
        CharacterClasses.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// The index after an unquoted, single- or double-quoted attribute value.
    private static func attributeValueEnd(_ input: ArraySlice<UInt8>, from index: Int) -> Int? {
        let end = input.endIndex
        guard index < end else { return nil }
        let quote = input[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var position = index + 1
            while position < end, input[position] != quote { position += 1 }
            return position < end ? position + 1 : nil
        }
        var position = index
        while position < end {
            switch input[position] {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, UInt8(ascii: "\""), UInt8(ascii: "'"),
                 UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"):
                return position > index ? position : nil
            default:
                position += 1
            }
        }
        return position > index ? position : nil
    }
}
