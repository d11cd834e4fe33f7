/// Finds byte offsets in JSON text: the first syntax error, or the value at a coding path.
///
/// Foundation's decoder reports neither, so `JSONDocumentReader` uses this only
/// after decoding failed, to name a line and column.
struct JSONTextLocator {
    let bytes: [UInt8]

    /// A syntax error at a byte offset.
    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    /// The first syntax error in the text, or nil if it is well-formed JSON.
    func firstSyntaxError() -> SyntaxError? {
        var index = 0
        do {
            skipWhitespace(&index)
            try skipValue(&index)
            skipWhitespace(&index)
            if index < bytes.count {
                throw SyntaxError(offset: index, message: "unexpected \(describe(index)) after the JSON value")
            }
            return nil
        } catch let error as SyntaxError {
            return error
        } catch {
            return SyntaxError(offset: index, message: "\(error)")
        }
    }

    /// The offset of the value a coding path leads to, or nil if the path is not in the text.
    func offset(of path: [any CodingKey]) -> Int? {
        var index = 0
        skipWhitespace(&index)
        do {
            for key in path {
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "["), let position = key.intValue {
                    guard try enterArray(&index, element: position) else { return nil }
                } else if bytes[index] == UInt8(ascii: "{") {
                    guard try enterObject(&index, key: Array(key.stringValue.utf8)) else { return nil }
                } else {
                    return nil
                }
            }
        } catch {
            return nil
        }
        return index
    }

    // MARK: Walking to a value

    /// Moves from `[` to the start of element `element`; false if there are fewer elements.
    private func enterArray(_ index: inout Int, element: Int) throws -> Bool {
        index += 1
        skipWhitespace(&index)
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return false }
        for _ in 0..<element {
            try skipValue(&index)
            skipWhitespace(&index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            skipWhitespace(&index)
        }
        return true
    }

    /// Moves from `{` to the value of the member named `key`; false if there is none.
    private func enterObject(_ index: inout Int, key: [UInt8]) throws -> Bool {
        index += 1
        skipWhitespace(&index)
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return false }
        while true {
            let nameStart = index
            try skipString(&index)
            let name = bytes[(nameStart + 1)..<(index - 1)]
            skipWhitespace(&index)
            try expect(UInt8(ascii: ":"), at: &index)
            skipWhitespace(&index)
            if name.elementsEqual(key) { return true }
            try skipValue(&index)
            skipWhitespace(&index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return false }
            index += 1
            skipWhitespace(&index)
        }
    }

    // MARK: Skipping (and checking) values

    private func skipValue(_ index: inout Int) throws {
        guard index < bytes.count else {
            throw SyntaxError(offset: index, message: "unexpected end of input, expected a value")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"): try skipContainer(&index, close: UInt8(ascii: "}"), members: true)
        case UInt8(ascii: "["): try skipContainer(&index, close: UInt8(ascii: "]"), members: false)
        case UInt8(ascii: "\""): try skipString(&index)
        case UInt8(ascii: "t"): try skipLiteral("true", &index)
        case UInt8(ascii: "f"): try skipLiteral("false", &index)
        case UInt8(ascii: "n"): try skipLiteral("null", &index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber(&index)
        default:
            throw SyntaxError(offset: index, message: "unexpected \(describe(index)), expected a value")
        }
    }

    private func skipContainer(_ index: inout Int, close: UInt8, members: Bool) throws {
        index += 1
        skipWhitespace(&index)
        if index < bytes.count, bytes[index] == close {
            index += 1
            return
        }
        while true {
            if members {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: index, message: "unexpected \(describe(index)), expected a property name")
                }
                try skipString(&index)
                skipWhitespace(&index)
                try expect(UInt8(ascii: ":"), at: &index)
                skipWhitespace(&index)
            }
            try skipValue(&index)
            skipWhitespace(&index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == close else {
                let expected = members ? "',' or '}'" : "',' or ']'"
                throw SyntaxError(offset: index, message: "unexpected \(describe(index)), expected \(expected)")
            }
            index += 1
            if bytes[index - 1] == close { return }
            skipWhitespace(&index)
        }
    }

    private func skipString(_ index: inout Int) throws {
        try expect(UInt8(ascii: "\""), at: &index)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte < 0x20 {
                throw SyntaxError(offset: index, message: "unescaped control character in a string")
            }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 1
                case UInt8(ascii: "u"):
                    index += 1
                    for _ in 0..<4 {
                        guard index < bytes.count, isHexDigit(bytes[index]) else {
                            throw SyntaxError(offset: index, message: "expected four hexadecimal digits after \\u")
                        }
                        index += 1
                    }
                default:
                    throw SyntaxError(offset: index - 1, message: "invalid escape sequence in a string")
                }
                continue
            }
            index += 1
        }
        throw SyntaxError(offset: index, message: "unexpected end of input inside a string")
    }

    private func skipNumber(_ index: inout Int) throws {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw SyntaxError(offset: start, message: "invalid number")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits(&index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw SyntaxError(offset: start, message: "invalid number")
            }
            skipDigits(&index)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw SyntaxError(offset: start, message: "invalid number")
            }
            skipDigits(&index)
        }
    }

    private func skipLiteral(_ literal: String, _ index: inout Int) throws {
        let start = index
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw SyntaxError(offset: start, message: "unexpected \(describe(start)), expected a value")
            }
            index += 1
        }
    }

    private func expect(_ byte: UInt8, at index: inout Int) throws {
        guard index < bytes.count, bytes[index] == byte else {
            throw SyntaxError(offset: index, message: "unexpected \(describe(index)), expected '\(Character(Unicode.Scalar(byte)))'")
        }
        index += 1
    }

    private func skipWhitespace(_ index: inout Int) {
        while index < bytes.count,
              bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private func skipDigits(_ index: inout Int) {
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    /// The byte at `index` for a message: `'x'`, or "end of input".
    private func describe(_ index: Int) -> String {
        guard index < bytes.count else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }
}
