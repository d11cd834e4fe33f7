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
    /// terminators that do not occur, so repeated failed searches stay linear. With
    /// `kramdownNames`, tag names are kramdown's: they may also hold `_`, `.`, `:` and
    /// letters of any script (`<x.png>`).
    static func scan(_ input: ArraySlice<UInt8>, from index: Int, memo: inout ScanMemo, kramdownNames: Bool = false) -> Int? {
        let end = input.endIndex
        let next = index + 1
        guard next < end else { return nil }
        let byte = input[next]
        if isNameStart(byte, kramdown: kramdownNames) { return openTag(input, from: next, kramdownNames: kramdownNames) }
        switch byte {
        case UInt8(ascii: "/"):
            return closingTag(input, from: next + 1, kramdownNames: kramdownNames)
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
    private static func tagNameEnd(_ input: ArraySlice<UInt8>, from index: Int, kramdownNames: Bool = false) -> Int {
        var position = index + 1
        while position < input.endIndex, isNameByte(input[position], kramdown: kramdownNames) { position += 1 }
        return position
    }

    private static func isNameStart(_ byte: UInt8, kramdown: Bool) -> Bool {
        CharacterClasses.isASCIILetter(byte) || kramdown && (byte == UInt8(ascii: "_") || byte >= 0x80)
    }

    private static func isNameByte(_ byte: UInt8, kramdown: Bool) -> Bool {
        CharacterClasses.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-")
            || kramdown && (byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte >= 0x80)
    }

    /// Elements kramdown gives no content: their start tag is the whole element.
    private static let kramdownEmptyElements: Set<[UInt8]> = Set([
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",
    ].map { Array($0.utf8) })

    /// kramdown: the lower-cased name of the tag `tag` (`<name ...>` or `</name>`), whether
    /// it is an end tag, and whether a start tag leaves its element open (not self-closed,
    /// not an element without content); nil for other raw HTML.
    static func kramdownTag(_ tag: ArraySlice<UInt8>) -> (name: [UInt8], isEnd: Bool, opens: Bool)? {
        var start = tag.startIndex + 1
        let isEnd = start < tag.endIndex && tag[start] == UInt8(ascii: "/")
        if isEnd { start += 1 }
        guard start < tag.endIndex, isNameStart(tag[start], kramdown: true) else { return nil }
        let name = tag[start..<tagNameEnd(tag, from: start, kramdownNames: true)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let selfClosed = tag.count >= 2 && tag[tag.endIndex - 2] == UInt8(ascii: "/")
        return (name, isEnd, !isEnd && !selfClosed && !kramdownEmptyElements.contains(name))
    }

    private static func skipWhitespace(_ input: ArraySlice<UInt8>, from index: Int) -> Int {
        var position = index
        while position < input.endIndex, CharacterClasses.isWhitespace(input[position]) { position += 1 }
        return position
    }

    /// `</name   >`, from the index after `</`.
    private static func closingTag(_ input: ArraySlice<UInt8>, from index: Int, kramdownNames: Bool) -> Int? {
        guard index < input.endIndex, isNameStart(input[index], kramdown: kramdownNames) else { return nil }
        let position = skipWhitespace(input, from: tagNameEnd(input, from: index, kramdownNames: kramdownNames))
        guard position < input.endIndex, input[position] == UInt8(ascii: ">") else { return nil }
        return position + 1
    }

    /// `<name attribute="value" ... />`, from the index of the name.
    private static func openTag(_ input: ArraySlice<UInt8>, from index: Int, kramdownNames: Bool) -> Int? {
        let end = input.endIndex
        var position = tagNameEnd(input, from: index, kramdownNames: kramdownNames)
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
