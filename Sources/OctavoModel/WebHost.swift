/// Hosts as the WHATWG URL Standard parses and serialises them: domains (to ASCII,
/// with Punycode labels), IPv4 addresses in any of the forms it reads (`0x7f.1`), IPv6
/// addresses in brackets, and the opaque hosts of schemes that are not special.
enum WebHost {
    /// Code points no host may hold.
    private static let forbiddenHostBytes: Set<UInt8> = [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x23, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F, 0x40,
                                                         0x5B, 0x5C, 0x5D, 0x5E, 0x7C]

    /// The serialised host of a special URL, or nil when it is none.
    static func special(_ bytes: [UInt8]) -> String? {
        if bytes.first == 0x5B {
            guard bytes.last == 0x5D, bytes.count > 2, let address = IPv6Address(Array(bytes[1..<(bytes.count - 1)])) else { return nil }
            return "[" + address.description + "]"
        }
        let decoded = PercentEncoding.decode(bytes)
        guard let domain = String(validating: decoded, as: UTF8.self), let ascii = asciiDomain(domain), !ascii.isEmpty else { return nil }
        let asciiBytes = Array(ascii.utf8)
        guard !asciiBytes.contains(where: { forbiddenHostBytes.contains($0) || $0 < 0x20 || $0 == 0x25 || $0 == 0x7F }) else { return nil }
        if endsInANumber(asciiBytes) {
            return IPv4Address.parse(asciiBytes).map(IPv4Address.serialised)
        }
        return ascii
    }

    /// The serialised host of a URL whose scheme is not special.
    static func opaque(_ bytes: [UInt8]) -> String? {
        if bytes.first == 0x5B {
            guard bytes.last == 0x5D, bytes.count > 2, let address = IPv6Address(Array(bytes[1..<(bytes.count - 1)])) else { return nil }
            return "[" + address.description + "]"
        }
        guard !bytes.contains(where: { forbiddenHostBytes.contains($0) }) else { return nil }
        return PercentEncoding.encode(bytes, set: .c0Control)
    }

    /// The domain with full-width ASCII made narrow, every label lowercased and, where
    /// not ASCII, Punycode-encoded; the ideographic full stops (。．｡) separate labels
    /// like the dot.
    private static func asciiDomain(_ domain: String) -> String? {
        var labels: [String] = []
        var label: [Unicode.Scalar] = []
        func finish() -> Bool {
            let text = String(String.UnicodeScalarView(label)).lowercased()
            if text.unicodeScalars.allSatisfy(\.isASCII) {
                labels.append(text)
            } else {
                guard let encoded = Punycode.encode(Array(text.unicodeScalars)) else { return false }
                labels.append("xn--" + encoded)
            }
            label = []
            return true
        }
        for var scalar in domain.unicodeScalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let narrow = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalar = narrow
            }
            if scalar == "." || scalar == "\u{3002}" || scalar == "\u{FF0E}" || scalar == "\u{FF61}" {
                guard finish() else { return nil }
            } else {
                label.append(scalar)
            }
        }
        guard finish() else { return nil }
        return labels.joined(separator: ".")
    }

    /// Whether the last label (after one trailing dot) is a number: digits, or `0x` and hex digits.
    private static func endsInANumber(_ bytes: [UInt8]) -> Bool {
        var parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true {
            guard parts.count > 1 else { return false }
            parts.removeLast()
        }
        guard let last = parts.last, !last.isEmpty else { return false }
        if last.allSatisfy(WebAddress.isDigit) { return true }
        let text = Array(last)
        return text.count >= 2 && text[0] == 0x30 && (text[1] == 0x78 || text[1] == 0x58)
            && text[2...].allSatisfy { PercentEncoding.hexValue($0) != nil }
    }
}

/// IPv4 addresses in the forms the URL Standard reads: one to four parts, each
/// decimal, octal (leading `0`) or hexadecimal (`0x`); the last fills the bytes left.
enum IPv4Address {
    static func parse(_ bytes: [UInt8]) -> UInt32? {
        var parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true, parts.count > 1 { parts.removeLast() }
        guard (1...4).contains(parts.count) else { return nil }
        var numbers: [UInt64] = []
        for part in parts {
            guard let number = number(Array(part)) else { return nil }
            numbers.append(number)
        }
        for number in numbers.dropLast() where number > 255 { return nil }
        guard let last = numbers.last, last < UInt64(1) << (8 * (5 - UInt64(numbers.count))) else { return nil }
        var address = last
        for (index, number) in numbers.dropLast().enumerated() {
            address += number << (8 * (3 - UInt64(index)))
        }
        return UInt32(address)
    }

    static func serialised(_ address: UInt32) -> String {
        (0..<4).map { String((address >> (8 * (3 - UInt32($0)))) & 0xFF) }.joined(separator: ".")
    }

    private static func number(_ bytes: [UInt8]) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        var digits = bytes[...]
        var radix: UInt64 = 10
        if bytes.count >= 2, bytes[0] == 0x30, bytes[1] == 0x78 || bytes[1] == 0x58 {
            digits = bytes[2...]
            radix = 16
        } else if bytes.count >= 2, bytes[0] == 0x30 {
            digits = bytes[1...]
            radix = 8
        }
        var value: UInt64 = 0
        for byte in digits {
            guard let digit = PercentEncoding.hexValue(byte).map(UInt64.init), digit < radix else { return nil }
            value = value * radix + digit
            guard value <= UInt64(UInt32.max) * 256 else { return nil }
        }
        return value
    }
}
