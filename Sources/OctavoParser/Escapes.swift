/// Backslash escapes and character references (entities and numeric references).
enum Escapes {
    /// `text` with backslash escapes of ASCII punctuation and character references resolved.
    static func unescape(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else {
            return String(decoding: text, as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        appendUnescaped(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` to `output` with escapes and character references resolved.
    static func appendUnescaped(_ text: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var index = text.startIndex
        let end = text.endIndex
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end, CharacterClasses.isASCIIPunctuation(text[index + 1]) {
                output.append(text[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let next = characterReference(in: text, at: index, appendingTo: &output) {
                index = next
            } else {
                output.append(byte)
                index += 1
            }
        }
    }

    /// If a character reference starts at `index` (an `&`), appends its text to `output`
    /// and returns the index after its `;`; otherwise returns nil and appends nothing.
    static func characterReference(in text: ArraySlice<UInt8>, at index: Int, appendingTo output: inout [UInt8]) -> Int? {
        let end = text.endIndex
        var position = index + 1
        guard position < end else { return nil }
        if text[position] == UInt8(ascii: "#") {
            position += 1
            guard position < end else { return nil }
            var hex = false
            if text[position] | 0x20 == UInt8(ascii: "x") {
                hex = true
                position += 1
            }
            let digitsStart = position
            var value: UInt32 = 0
            let maximumDigits = hex ? 6 : 7
            while position < end, position - digitsStart < maximumDigits {
                let byte = text[position]
                if CharacterClasses.isDigit(byte) {
                    value = value * (hex ? 16 : 10) + UInt32(byte - 0x30)
                } else if hex, CharacterClasses.isHexDigit(byte) {
                    value = value * 16 + UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                position += 1
            }
            guard position > digitsStart, position < end, text[position] == UInt8(ascii: ";") else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            appendScalar(scalar ?? "\u{FFFD}", to: &output)
            return position + 1
        }
        let nameStart = position
        while position < end, position - nameStart <= HTMLEntities.maximumNameLength,
              CharacterClasses.isASCIIAlphanumeric(text[position]) {
            position += 1
        }
        guard position > nameStart, position < end, text[position] == UInt8(ascii: ";"),
              let value = HTMLEntities.table[String(decoding: text[nameStart..<position], as: UTF8.self)]
        else { return nil }
        output.append(contentsOf: value.utf8)
        return position + 1
    }

    /// Appends the UTF-8 encoding of `scalar`.
    static func appendScalar(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            output.append(UInt8(value))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (value >> 6)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (value >> 12)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (value >> 18)))
            output.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
