/// Which addresses links and images in content documents may carry, and how they are written.
public enum URLPolicy {
    /// The scheme of `url` when it is one a content document must not carry: `javascript`,
    /// `vbscript`, or `data` — except `data:image/…` as the source of an image. Read the
    /// way browsers read it: leading spaces and control characters skipped, tabs and line
    /// breaks ignored, any case.
    public static func refusedScheme(of url: String, isImageSource: Bool = false) -> String? {
        var scheme: [UInt8] = []
        var rest: [UInt8] = []
        var inScheme = true
        for byte in url.utf8.drop(while: { $0 <= 0x20 }) where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            if inScheme {
                if byte == UInt8(ascii: ":") {
                    inScheme = false
                } else if isSchemeByte(byte) {
                    scheme.append(byte | (isLetter(byte) ? 0x20 : 0))
                } else {
                    return nil
                }
            } else {
                rest.append(byte | (isLetter(byte) ? 0x20 : 0))
                if rest.count == 6 { break }
            }
        }
        guard !inScheme else { return nil }
        let name = String(decoding: scheme, as: UTF8.self)
        switch name {
        case "javascript", "vbscript": return name
        case "data": return isImageSource && rest.starts(with: Array("image/".utf8)) ? nil : name
        default: return nil
        }
    }

    /// `url` with every byte outside the URL-safe set percent-encoded as UTF-8; `%XX`
    /// escapes already there are kept, a lone `%` becomes `%25`.
    public static func percentEncoded(_ url: String) -> String {
        if url.utf8.allSatisfy(isURLSafe) { return url }
        let bytes = Array(url.utf8)
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "%") {
                let isEscape = index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
                encoded.append(contentsOf: isEscape ? [byte] : Array("%25".utf8))
            } else if isURLSafe(byte) {
                encoded.append(byte)
            } else {
                encoded.append(contentsOf: [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66)
    }

    /// Letters, digits and the punctuation URLs use unescaped (`&` included).
    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
             UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"),
             UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "="),
             UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "#"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }
}
