/// The form of a URL that reference ids are derived from.
///
/// The scheme and host are lower-cased, a default port (`:80` for http, `:443` for
/// https) or an empty one is dropped, a path that is only `/` becomes empty and an
/// empty fragment (a bare `#`) is dropped. Everything else is kept as written: the
/// fragment too, since `#section` links (and `#!/route` pages) name different
/// things; percent-encoding and query order are not touched.
enum URLNormalizer {
    static func normalise(_ url: String) -> String {
        var result: [UInt8] = []
        var url = url
        url.withUTF8 { normalise($0, appendingTo: &result) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends the normalised form of the UTF-8 URL `url` to `result`.
    static func normalise(_ url: UnsafeBufferPointer<UInt8>, appendingTo result: inout [UInt8]) {
        let trimmed = WhiteSpace.trimmed(url)
        var end = trimmed.upperBound
        if end > trimmed.lowerBound, url[end - 1] == UInt8(ascii: "#") { end -= 1 }
        let text = url[trimmed.lowerBound..<end]
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), isScheme(text[..<colon]) else {
            result.append(contentsOf: text)
            return
        }
        let schemeStart = result.count
        appendLowercased(text[..<colon], to: &result)
        let defaultPort = defaultPort(ofScheme: result[schemeStart...])
        result.append(UInt8(ascii: ":"))
        let rest = text[(colon + 1)...]
        guard rest.count >= 2, rest[rest.startIndex] == UInt8(ascii: "/"), rest[rest.startIndex + 1] == UInt8(ascii: "/") else {
            result.append(contentsOf: rest)
            return
        }
        result.append(UInt8(ascii: "/"))
        result.append(UInt8(ascii: "/"))
        let authorityStart = rest.startIndex + 2
        let authorityEnd = rest[authorityStart...].firstIndex {
            $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
        } ?? rest.endIndex
        appendAuthority(rest[authorityStart..<authorityEnd], defaultPort: defaultPort, to: &result)
        var tail = rest[authorityEnd...]
        if tail.first == UInt8(ascii: "/"),
           tail.count == 1 || tail[tail.startIndex + 1] == UInt8(ascii: "?") || tail[tail.startIndex + 1] == UInt8(ascii: "#") {
            tail = tail.dropFirst()
        }
        result.append(contentsOf: tail)
    }

    /// The port a lower-cased scheme implies: `80` for http, `443` for https.
    private static func defaultPort(ofScheme scheme: ArraySlice<UInt8>) -> StaticString? {
        if equals(scheme, "http") { return "80" }
        if equals(scheme, "https") { return "443" }
        return nil
    }

    private static func equals(_ bytes: some Collection<UInt8>, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { literal in
            bytes.count == literal.count && zip(bytes, literal).allSatisfy { $0 == $1 }
        }
    }

    /// `user@host:port` with the host lower-cased and a default or empty port dropped.
    private static func appendAuthority(
        _ authority: Slice<UnsafeBufferPointer<UInt8>>, defaultPort: StaticString?, to result: inout [UInt8]
    ) {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        if let at { result.append(contentsOf: authority[...at]) }
        let hostAndPort = at.map { authority[($0 + 1)...] } ?? authority
        var host = hostAndPort
        var port = hostAndPort[hostAndPort.endIndex...]
        if let colon = hostAndPort.lastIndex(of: UInt8(ascii: ":")), !hostAndPort[colon...].contains(UInt8(ascii: "]")) {
            host = hostAndPort[..<colon]
            port = hostAndPort[(colon + 1)...]
        }
        appendLowercased(host, to: &result)
        let isDefaultPort = port.isEmpty || defaultPort.map { equals(port, $0) } ?? false
        if !isDefaultPort {
            result.append(UInt8(ascii: ":"))
            result.append(contentsOf: port)
        }
    }

    /// True for `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isScheme(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = text.first, isASCIILetter(first) else { return false }
        return text.allSatisfy {
            isASCIILetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// True when `url` is an absolute http or https URL.
    static func isWeb(_ url: String) -> Bool {
        var url = url
        return url.withUTF8 { bytes in
            func lowered(_ index: Int) -> UInt8 { bytes[index] >= 0x41 && bytes[index] <= 0x5A ? bytes[index] | 0x20 : bytes[index] }
            guard bytes.count > 7, lowered(0) == UInt8(ascii: "h"), lowered(1) == UInt8(ascii: "t"),
                  lowered(2) == UInt8(ascii: "t"), lowered(3) == UInt8(ascii: "p") else { return false }
            let colon = lowered(4) == UInt8(ascii: "s") ? 5 : 4
            return bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1] == UInt8(ascii: "/") && bytes[colon + 2] == UInt8(ascii: "/")
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func appendLowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to result: inout [UInt8]) {
        for byte in bytes { result.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) }
    }
}
