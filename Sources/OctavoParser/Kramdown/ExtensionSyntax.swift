/// kramdown's extensions `{::comment}...{:/comment}` and `{::nomarkdown}...{:/nomarkdown}`
/// (either closed by `{:/}` too, or written self-closing as `{::comment /}`).
enum ExtensionSyntax {
    enum Name: Equatable {
        case comment
        case nomarkdown
    }

    /// An opening tag: which extension, whether it closes itself, whether its content is
    /// kept (nomarkdown for a `type` other than html is not), and the index after its `}`.
    struct Tag: Equatable {
        var name: Name
        var selfClosing: Bool
        var keepsContent: Bool
        var end: Int
    }

    /// The opening tag at `start` (a `{`), if there is one.
    static func openingTag(in text: ArraySlice<UInt8>, at start: Int) -> Tag? {
        let name: Name
        var index = start
        if hasPrefix(text, at: index, "{::comment") {
            name = .comment
            index += 10
        } else if hasPrefix(text, at: index, "{::nomarkdown") {
            name = .nomarkdown
            index += 13
        } else {
            return nil
        }
        guard index < text.endIndex, text[index] == UInt8(ascii: "}") || text[index] == UInt8(ascii: " ")
            || text[index] == UInt8(ascii: "/") || text[index] == 0x09,
            let close = text[index...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
        let selfClosing = text[close - 1] == UInt8(ascii: "/")
        let options = AttributeList(parsing: text[index..<(selfClosing ? close - 1 : close)])
        let type = options.attributes.pairs.last { $0.key == "type" }?.value ?? "html"
        return Tag(name: name, selfClosing: selfClosing, keepsContent: name == .comment || type == "html", end: close + 1)
    }

    /// The length of the closing tag `{:/name}` or `{:/}` at `index`, or nil.
    static func closingTagLength(of name: Name, in text: ArraySlice<UInt8>, at index: Int) -> Int? {
        guard hasPrefix(text, at: index, "{:/") else { return nil }
        if hasPrefix(text, at: index, "{:/}") { return 4 }
        switch name {
        case .comment: return hasPrefix(text, at: index, "{:/comment}") ? 11 : nil
        case .nomarkdown: return hasPrefix(text, at: index, "{:/nomarkdown}") ? 14 : nil
        }
    }

    /// Whether `line`, without its leading spaces, tabs and `>` and its trailing white space, is a closing tag of `name`.
    static func isClosingLine(_ line: ArraySlice<UInt8>, of name: Name) -> Bool {
        var start = line.startIndex
        while start < line.endIndex, line[start] == 0x20 || line[start] == 0x09 || line[start] == UInt8(ascii: ">") { start += 1 }
        guard let length = closingTagLength(of: name, in: line, at: start) else { return false }
        return line[(start + length)...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private static func hasPrefix(_ text: ArraySlice<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= text.endIndex else { return false }
        return prefix.withUTF8Buffer { text[index..<(index + count)].elementsEqual($0) }
    }
}
