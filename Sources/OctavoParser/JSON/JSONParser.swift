/// Parses JSON text (RFC 8259) into a `JSONTree`.
///
/// Open containers are kept on an explicit stack, so nesting costs no call stack; nesting
/// deeper than `maximumDepth` is refused with a syntax error.
struct JSONParser {
    /// Deep enough for any document Octavo writes: inline content nests up to 1,000
    /// levels (two JSON levels each) inside up to 100 block containers (at most four
    /// each). Reading a tree into a document recurses once per level, so a deeper one,
    /// which no Octavo output is, could exhaust a thread's stack.
    static let defaultMaximumDepth = 2 * InlineTree.maximumDepth + 4 * BlockParser.maximumDepth + 100

    private let bytes: [UInt8]
    private let maximumDepth: Int
    private var index = 0
    private var nodes: [JSONTree.Node] = []
    /// The node indices of the containers not yet closed, innermost last.
    private var open: [Int] = []
    /// The most containers open at once so far.
    private var depth = 0

    /// Parses `bytes`, which must hold exactly one JSON value with optional whitespace around it.
    static func parse(_ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) throws(JSONSyntaxError) -> JSONTree {
        var parser = JSONParser(bytes: bytes, maximumDepth: maximumDepth)
        try parser.run()
        return JSONTree(bytes: bytes, nodes: parser.nodes, depth: parser.depth)
    }

    private init(bytes: [UInt8], maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        nodes.reserveCapacity(bytes.count / 12 + 1)
    }

    private mutating func run() throws(JSONSyntaxError) {
        var expectsValue = try value()
        while let container = open.last {
            if expectsValue {
                expectsValue = try value()
                continue
            }
            skipWhitespace()
            let isObject = nodes[container].kind == .object
            let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                if isObject { try memberName() }
                expectsValue = try value()
            } else if index < bytes.count, bytes[index] == close {
                index += 1
                nodes[container].next = nodes.count
                open.removeLast()
            } else {
                throw unexpected(expected: isObject ? "',' or '}'" : "',' or ']'")
            }
        }
        skipWhitespace()
        if index < bytes.count {
            throw error("unexpected \(describeByte()) after the JSON value")
        }
    }

    /// Reads a value, or opens a container and returns true if its first value is to be read next.
    private mutating func value() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw unexpected(expected: "a value") }
        if let parent = open.last { nodes[parent].length += 1 }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try openContainer(.object, close: UInt8(ascii: "}"))
        case UInt8(ascii: "["): return try openContainer(.array, close: UInt8(ascii: "]"))
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw unexpected(expected: "a value")
        }
        return false
    }

    /// Opens an array or object; an empty one is closed at once, a non-empty object's first
    /// member name is read.
    private mutating func openContainer(_ kind: JSONTree.Kind, close: UInt8) throws(JSONSyntaxError) -> Bool {
        guard open.count < maximumDepth else {
            throw error("arrays and objects nested more than \(maximumDepth) deep")
        }
        let node = nodes.count
        nodes.append(JSONTree.Node(kind: kind, offset: index, length: 0, next: node + 1))
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == close {
            index += 1
            return false
        }
        open.append(node)
        depth = max(depth, open.count)
        if kind == .object { try memberName() }
        return true
    }

    /// Reads a member name and the colon after it.
    private mutating func memberName() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw unexpected(expected: "a property name")
        }
        try string()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw unexpected(expected: "':'")
        }
        index += 1
    }

    private mutating func string() throws(JSONSyntaxError) {
        let start = index
        var kind = JSONTree.Kind.string
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                nodes.append(JSONTree.Node(kind: kind, offset: start, length: index - start - 1, next: nodes.count + 1))
                index += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                kind = .escapedString
                try escape()
            } else if byte < 0x20 {
                throw error("unescaped control character \(hex(byte)) in a string")
            } else {
                index += 1
            }
        }
        throw error("unexpected end of input inside a string")
    }

    /// Checks the escape sequence at `index` and moves past it.
    private mutating func escape() throws(JSONSyntaxError) {
        guard index + 1 < bytes.count else { throw error("unexpected end of input inside a string") }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
        case UInt8(ascii: "u"):
            index += 2
            for _ in 0..<4 {
                guard index < bytes.count, isHexDigit(bytes[index]) else {
                    throw unexpected(expected: "four hexadecimal digits after \\u")
                }
                index += 1
            }
        default:
            throw error("invalid escape sequence in a string, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u")
        }
    }

    private mutating func number() throws(JSONSyntaxError) {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                throw error("invalid number: a leading zero must not be followed by a digit")
            }
        } else {
            try digits(after: "'-'")
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try digits(after: "'.'")
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            try digits(after: "the exponent")
        }
        nodes.append(JSONTree.Node(kind: .number, offset: start, length: index - start, next: nodes.count + 1))
    }

    /// Moves past one or more digits.
    private mutating func digits(after what: String) throws(JSONSyntaxError) {
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw unexpected(expected: "a digit after \(what) in a number")
        }
        repeat { index += 1 } while index < bytes.count && isDigit(bytes[index])
    }

    private mutating func literal(_ word: StaticString, _ kind: JSONTree.Kind) throws(JSONSyntaxError) {
        let start = index
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == byte else {
                throw unexpected(expected: "'\(word)'")
            }
            index += 1
        }
        nodes.append(JSONTree.Node(kind: kind, offset: start, length: 0, next: nodes.count + 1))
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") <= 9
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, in: bytes, message: message)
    }

    /// "unexpected X, expected Y" for the byte at `index`.
    private func unexpected(expected: String) -> JSONSyntaxError {
        error("unexpected \(describeByte()), expected \(expected)")
    }

    /// The byte at `index` for a message: `'x'`, `byte 0x0A`, or `end of input`.
    private func describeByte() -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte \(hex(byte))"
    }

    /// `0x0A` for a byte.
    private func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return byte < 0x10 ? "0x0" + digits : "0x" + digits
    }
}
