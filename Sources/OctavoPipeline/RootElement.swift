/// The root element's name of an XML document, found without parsing it: the first
/// start tag after the XML declaration, processing instructions, comments and the
/// document type declaration.
enum RootElement {
    /// The local name (without a namespace prefix), or nil when there is no start tag.
    static func name(in bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let rest = bytes[(index + 1)...]
            if rest.starts(with: Array("?".utf8)) {
                index = end(of: "?>", in: bytes, from: index)
            } else if rest.starts(with: Array("!--".utf8)) {
                index = end(of: "-->", in: bytes, from: index)
            } else if rest.starts(with: Array("!".utf8)) {
                index = endOfDeclaration(in: bytes, from: index)
            } else {
                let name = rest.prefix { !isDelimiter($0) }
                guard !name.isEmpty else { return nil }
                let local = name.split(separator: UInt8(ascii: ":")).last ?? name
                return String(decoding: local, as: UTF8.self)
            }
        }
        return nil
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    /// The index after the first `terminator` at or after `start`, or the end.
    private static func end(of terminator: String, in bytes: [UInt8], from start: Int) -> Int {
        let pattern = Array(terminator.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return bytes.count
    }

    /// The index after a `<!…>` declaration, skipping a `[…]` internal subset.
    private static func endOfDeclaration(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        var inSubset = false
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): inSubset = true
            case UInt8(ascii: "]"): inSubset = false
            case UInt8(ascii: ">") where !inSubset: return index + 1
            default: break
            }
            index += 1
        }
        return bytes.count
    }
}
