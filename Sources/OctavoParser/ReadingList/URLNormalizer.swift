/// The form of a URL that reference ids are derived from.
///
/// The scheme and host are lower-cased, a default port (`:80` for http, `:443` for
/// https) or an empty one is dropped, a path that is only `/` becomes empty and an
/// empty fragment (a bare `#`) is dropped. Everything else is kept as written: the
/// fragment too, since `#section` links (and `#!/route` pages) name different
/// things; percent-encoding and query order are not touched.
enum URLNormalizer {
    static func normalise(_ url: String) -> String {
        var text = Array(url.trimmingSpaces.utf8)[...]
        if text.last == UInt8(ascii: "#") { text = text.dropLast() }
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), isScheme(text[..<colon]) else { return string(text) }
        let scheme = lowercased(text[..<colon])
        var rest = text[(colon + 1)...]
        guard rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) else { return string(scheme[...]) + ":" + string(rest) }
        rest = rest.dropFirst(2)
        let authorityEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var tail = rest[authorityEnd...]
        if tail.first == UInt8(ascii: "/"), tail.count == 1 || tail.dropFirst().first == UInt8(ascii: "?") || tail.dropFirst().first == UInt8(ascii: "#") {
            tail = tail.dropFirst()
        }
        var result = scheme
        result += Array("://".utf8)
        result += normaliseAuthority(authority, scheme: scheme)
        result += tail
        return String(decoding: result, as: UTF8.self)
    }

    /// `user@host:port` with the host lower-cased and a default or empty port dropped.
    private static func normaliseAuthority(_ authority: ArraySlice<UInt8>, scheme: [UInt8]) -> [UInt8] {
        let at = authority.lastIndex(of: UInt8(ascii: "@"))
        let userInfo = at.map { authority[...$0] } ?? []
        let hostAndPort = at.map { authority[($0 + 1)...] } ?? authority
        var host = hostAndPort
        var port: ArraySlice<UInt8> = []
        if let colon = hostAndPort.lastIndex(of: UInt8(ascii: ":")), !hostAndPort[colon...].contains(UInt8(ascii: "]")) {
            host = hostAndPort[..<colon]
            port = hostAndPort[(colon + 1)...]
        }
        let isDefaultPort = port.isEmpty || (scheme == Array("http".utf8) && port.elementsEqual("80".utf8))
            || (scheme == Array("https".utf8) && port.elementsEqual("443".utf8))
        return Array(userInfo) + lowercased(host) + (isDefaultPort ? [] : [UInt8(ascii: ":")] + port)
    }

    /// True for `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isScheme(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, isASCIILetter(first) else { return false }
        return text.allSatisfy {
            isASCIILetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }

    /// True when `url` is an absolute http or https URL.
    static func isWeb(_ url: String) -> Bool {
        let prefix = lowercased(Array(url.utf8.prefix(8))[...])
        return prefix.starts(with: "http://".utf8) || prefix.starts(with: "https://".utf8)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}
