import OctavoModel

/// A kramdown attribute list: the inside of `{: #id .class key="value" name}`.
///
/// `#id` sets the identifier, `.class` adds a class, `key="value"` (or single
/// quotes, with backslash escapes) adds a pair, and a bare name refers to an
/// attribute list definition (`toc` asks for a table of contents).
struct AttributeList: Equatable {
    var attributes = Attributes()
    var references: [String] = []

    init() {}

    /// Reads the tokens of `content`; unknown tokens are skipped.
    init(parsing content: ArraySlice<UInt8>) {
        var index = content.startIndex
        let end = content.endIndex
        while index < end {
            while index < end, Self.isSpace(content[index]) { index += 1 }
            guard index < end else { break }
            let start = index
            switch content[index] {
            case UInt8(ascii: "#"):
                index = Self.nameEnd(content, from: index + 1)
                if index > start + 1 { attributes.id = String(decoding: content[(start + 1)..<index], as: UTF8.self) }
            case UInt8(ascii: "."):
                index = Self.nameEnd(content, from: index + 1)
                if index > start + 1 { attributes.classes.append(String(decoding: content[(start + 1)..<index], as: UTF8.self)) }
            default:
                index = Self.nameEnd(content, from: index)
                guard index > start else {
                    index += 1
                    continue
                }
                let name = String(decoding: content[start..<index], as: UTF8.self)
                if index < end, content[index] == UInt8(ascii: "="), index + 1 < end,
                   let (value, next) = Self.quotedValue(content, from: index + 1) {
                    attributes.pairs.removeAll { $0.key == name }
                    attributes.pairs.append(KeyValue(key: name, value: value))
                    index = next
                } else {
                    references.append(name)
                }
            }
            while index < end, !Self.isSpace(content[index]) { index += 1 }
        }
    }

    /// Adds `other` on top of this list: its identifier wins, classes and pairs are added.
    mutating func merge(_ other: AttributeList) {
        if let id = other.attributes.id { attributes.id = id }
        attributes.classes += other.attributes.classes.filter { !attributes.classes.contains($0) }
        for pair in other.attributes.pairs {
            attributes.pairs.removeAll { $0.key == pair.key }
            attributes.pairs.append(pair)
        }
        references += other.references
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: ":"):
            return true
        default:
            return byte >= 0x80
        }
    }

    private static func nameEnd(_ content: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < content.endIndex, isNameByte(content[index]) { index += 1 }
        return index
    }

    private static func quotedValue(_ content: ArraySlice<UInt8>, from start: Int) -> (String, Int)? {
        let quote = content[start]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        var value: [UInt8] = []
        var index = start + 1
        while index < content.endIndex {
            let byte = content[index]
            if byte == UInt8(ascii: "\\"), index + 1 < content.endIndex {
                value.append(content[index + 1])
                index += 2
                continue
            }
            if byte == quote { return (String(decoding: value, as: UTF8.self), index + 1) }
            value.append(byte)
            index += 1
        }
        return nil
    }
}

/// A line that is only a kramdown attribute list or attribute list definition.
enum AttributeListLine: Equatable {
    /// `{: ...}`: applies to the block before it, or else to the next one.
    case list(AttributeList)
    /// `{:name: ...}`: defines attributes other lists refer to by name.
    case definition(name: String, AttributeList)

    /// Reads `line` (from its first non-space byte) if it is `{:...}` and nothing else;
    /// as in kramdown, `{:}`, `{:/...}` and `{:}}` (a `}` not escaped inside) are text and
    /// `{:name:}` (nothing defined) is a list.
    static func parse(_ line: ArraySlice<UInt8>) -> AttributeListLine? {
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let start = line.startIndex
        guard end - start >= 4, line[start] == UInt8(ascii: "{"), line[start + 1] == UInt8(ascii: ":"),
              line[start + 2] != UInt8(ascii: ":"), line[start + 2] != UInt8(ascii: "/"),
              line[end - 1] == UInt8(ascii: "}") else { return nil }
        let content = line[(start + 2)..<(end - 1)]
        guard !hasUnescapedBrace(content) else { return nil }
        var nameEnd = content.startIndex
        while nameEnd < content.endIndex, isDefinitionNameByte(content[nameEnd]) { nameEnd += 1 }
        if nameEnd > content.startIndex, nameEnd + 1 < content.endIndex, content[nameEnd] == UInt8(ascii: ":") {
            let name = String(decoding: content[content.startIndex..<nameEnd], as: UTF8.self)
            return .definition(name: name, AttributeList(parsing: content[(nameEnd + 1)...]))
        }
        return .list(AttributeList(parsing: content))
    }

    private static func hasUnescapedBrace(_ content: ArraySlice<UInt8>) -> Bool {
        var escaped = false
        for byte in content {
            if byte == UInt8(ascii: "}"), !escaped { return true }
            escaped = byte == UInt8(ascii: "\\") && !escaped
        }
        return false
    }

    private static func isDefinitionNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
