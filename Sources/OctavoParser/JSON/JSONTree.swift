/// A parsed JSON text: its values in document order, each with the byte offset it starts at.
///
/// A container's node is followed by the nodes of its contents (an object's members as
/// name, value pairs), so a value and everything in it are one run of nodes, and
/// `Node.next` is the index just past that run. Strings and numbers stay byte ranges of
/// the text until they are read.
final class JSONTree: Sendable {
    enum Kind: UInt8, Sendable {
        case null, `true`, `false`, number, array, object
        /// A string without escape sequences, read straight from the text.
        case string
        /// A string with at least one escape sequence.
        case escapedString
    }

    struct Node: Sendable {
        var kind: Kind
        /// The offset of the value's first byte (for a string, of its opening quote).
        var offset: Int
        /// Strings: the length in bytes between the quotes; numbers: their length;
        /// arrays and objects: how many elements or members they have.
        var length: Int
        /// The index of the first node after this value and its contents.
        var next: Int
    }

    /// The index of the top-level value.
    static let root = 0

    let bytes: [UInt8]
    let nodes: [Node]
    /// The deepest nesting of arrays and objects that hold something (0 for a scalar).
    let depth: Int

    init(bytes: [UInt8], nodes: [Node], depth: Int) {
        self.bytes = bytes
        self.nodes = nodes
        self.depth = depth
    }

    // MARK: Scalars

    /// The text of a string node, escape sequences decoded. A lone surrogate becomes U+FFFD,
    /// and so do bytes that are not UTF-8.
    func string(at index: Int) -> String {
        let node = nodes[index]
        let start = node.offset + 1
        let end = start + node.length
        if node.kind == .string {
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(node.length)
        var position = start
        while position < end {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\") else {
                decoded.append(byte)
                position += 1
                continue
            }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = unicodeEscape(at: &position, end: end)
                UTF8.encode(scalar) { decoded.append($0) }
            default: decoded.append(escape)
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The scalar of the `\u` escape whose four hex digits start at `position`, joined with
    /// a following low surrogate escape when it is a high surrogate; moves past both.
    private func unicodeEscape(at position: inout Int, end: Int) -> Unicode.Scalar {
        let unit = hexValue(at: position)
        position += 4
        switch unit {
        case 0xD800...0xDBFF:
            guard position + 6 <= end, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { return "\u{FFFD}" }
            let low = hexValue(at: position + 2)
            guard (0xDC00...0xDFFF).contains(low) else { return "\u{FFFD}" }
            position += 6
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
        case 0xDC00...0xDFFF:
            return "\u{FFFD}"
        default:
            return Unicode.Scalar(unit) ?? "\u{FFFD}"
        }
    }

    /// The value of the four hex digits at `position`, which the parser has checked.
    private func hexValue(at position: Int) -> UInt32 {
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit = byte <= UInt8(ascii: "9") ? byte &- UInt8(ascii: "0") : (byte | 0x20) &- UInt8(ascii: "a") &+ 10
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The source text of a number node.
    func numberText(at index: Int) -> String {
        let node = nodes[index]
        return String(decoding: bytes[node.offset..<(node.offset + node.length)], as: UTF8.self)
    }

    /// The value of a number node written as a plain integer (no fraction or exponent), or nil
    /// if it is not one or does not fit in `T`.
    func integer<T: FixedWidthInteger>(at index: Int, as type: T.Type) -> T? {
        let node = nodes[index]
        var position = node.offset
        let end = node.offset + node.length
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var value: T = 0
        while position < end {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = negative
                ? shifted.subtractingReportingOverflow(T(digit))
                : shifted.addingReportingOverflow(T(digit))
            guard !overflow, !carry else { return nil }
            value = sum
            position += 1
        }
        return value
    }

    // MARK: Containers

    /// The index of the value of the member of `object` named `name`, or nil if it has none;
    /// when a name appears twice, the last member counts.
    func member(_ name: String, of object: Int) -> Int? {
        var name = name
        return name.withUTF8 { name in
            bytes.withUnsafeBufferPointer { bytes in
                var found: Int?
                var index = object + 1
                let end = nodes[object].next
                while index < end {
                    let node = nodes[index]
                    if node.kind == .string {
                        if node.length == name.count, Self.equal(bytes, from: node.offset + 1, name) { found = index + 1 }
                    } else if string(at: index).utf8.elementsEqual(name) {
                        found = index + 1
                    }
                    index = nodes[index + 1].next
                }
                return found
            }
        }
    }

    /// Whether `bytes` holds `name` from `start` on.
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<name.count where bytes[start + offset] != name[offset] {
            return false
        }
        return true
    }

    /// The names of the members of `object`, in order.
    func memberNames(of object: Int) -> [String] {
        var names: [String] = []
        var index = object + 1
        let end = nodes[object].next
        while index < end {
            names.append(string(at: index))
            index = nodes[index + 1].next
        }
        return names
    }

    /// The index of the value a coding path leads to, or of the deepest value on the way
    /// if the path leaves the tree.
    func node(at path: [any CodingKey]) -> Int {
        var index = JSONTree.root
        for key in path {
            let node = nodes[index]
            if node.kind == .array, let element = key.intValue, element >= 0, element < node.length {
                var child = index + 1
                for _ in 0..<element { child = nodes[child].next }
                index = child
            } else if node.kind == .object, let value = member(key.stringValue, of: index) {
                index = value
            } else {
                break
            }
        }
        return index
    }
}
