/// The WHATWG URL Standard's percent-encode sets, and percent-decoding.
enum PercentEncoding {
    /// Which bytes a part of a URL must percent-encode (besides every byte that is not
    /// printable ASCII, which every set encodes).
    enum EncodeSet {
        case c0Control, fragment, query, specialQuery, path, userinfo

        func encodes(_ byte: UInt8) -> Bool {
            if byte < 0x20 || byte > 0x7E { return true }
            switch self {
            case .c0Control: return false
            case .fragment: return [0x20, 0x22, 0x3C, 0x3E, 0x60].contains(byte)
            case .query: return [0x20, 0x22, 0x23, 0x3C, 0x3E].contains(byte)
            case .specialQuery: return [0x20, 0x22, 0x23, 0x27, 0x3C, 0x3E].contains(byte)
            case .path: return [0x20, 0x22, 0x23, 0x3C, 0x3E, 0x3F, 0x5E, 0x60, 0x7B, 0x7D].contains(byte)
            case .userinfo:
                return EncodeSet.path.encodes(byte) || [0x2F, 0x3A, 0x3B, 0x3D, 0x40, 0x5B, 0x5C, 0x5D, 0x7C].contains(byte)
            }
        }
    }

    /// `bytes` with every byte of `set` written as `%XX`.
    static func encode(_ bytes: some Collection<UInt8>, set: EncodeSet) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if set.encodes(byte) {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `bytes` with every `%XX` (two hex digits) decoded; other `%` signs stay.
    static func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(bytes)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x25, index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x37 + value
    }
}
