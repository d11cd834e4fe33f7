/// The kramdown syntax at the start of a definition or a term.
enum DefinitionListSyntax {
    /// An attribute list `{:...}` at the start of `text`, followed by white space or the
    /// end, and its length in bytes: `{:.cls} term` or `: {:.cls} definition`.
    static func leadingAttributeList(_ text: ArraySlice<UInt8>) -> (AttributeList, Int)? {
        guard text.count >= 3, text.first == UInt8(ascii: "{"), text[text.startIndex + 1] == UInt8(ascii: ":"),
              let close = text.firstIndex(of: UInt8(ascii: "}")) else { return nil }
        let after = close + 1
        guard after == text.endIndex || text[after] == 0x20 || text[after] == 0x09,
              case .list(let list)? = AttributeListLine.parse(text[text.startIndex..<after]) else { return nil }
        return (list, after - text.startIndex)
    }
}
