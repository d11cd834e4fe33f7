/// Small questions about URLs and paths written in posts.
public enum URLText {
    /// Whether `reference` starts with a URL scheme (`https:`, `mailto:`, …).
    public static func hasScheme(_ reference: String) -> Bool {
        let scalars = reference.unicodeScalars
        guard let first = scalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        for scalar in scalars.dropFirst() {
            if scalar == ":" { return true }
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar) else {
                return false
            }
        }
        return false
    }

    /// Whether `bytes` start with `prefix` (lowercase ASCII), in any case.
    static func hasPrefix(_ bytes: String.UTF8View, lowercased prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { expected in
            zip(bytes, expected).allSatisfy { byte, letter in
                (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == letter
            }
        }
    }

    /// `%XX` escapes decoded as UTF-8; invalid escapes stay as written.
    public static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// A path with `.` and `..` segments and repeated slashes removed, lexically.
    public static func normalize(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == "..", let last = segments.last, last != ".." {
                segments.removeLast()
            } else if segment == ".." && path.hasPrefix("/") {
                continue
            } else {
                segments.append(segment)
            }
        }
        return (path.hasPrefix("/") ? "/" : "") + segments.joined(separator: "/")
    }
}
