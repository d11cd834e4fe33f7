/// The form of a URL that reference ids are derived from.
///
/// The scheme and host are lower-cased, a default port (`:80` for http, `:443` for
/// https) or an empty one is dropped, a path that is only `/` becomes empty and an
/// empty fragment (a bare `#`) is dropped. Everything else is kept as written: the
/// fragment too, since `#section` links (and `#!/route` pages) name different
/// things; percent-encoding and query order are not touched.
enum URLNormalizer {
    static func normalise(_ url: String) -> String {
        var text = Substring(url.trimmingSpaces)
        if text.hasSuffix("#") { text = text.dropLast() }
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else { return String(text) }
        let scheme = text[..<colon].lowercased()
        var rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return scheme + ":" + rest }
        rest = rest.dropFirst(2)
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var tail = rest[authorityEnd...]
        if tail.hasPrefix("/") && (tail.count == 1 || tail.dropFirst().first == "?" || tail.dropFirst().first == "#") {
            tail = tail.dropFirst()
        }
        return scheme + "://" + normaliseAuthority(authority, scheme: scheme) + tail
    }

    /// `user@host:port` with the host lower-cased and a default or empty port dropped.
    private static func normaliseAuthority(_ authority: Substring, scheme: String) -> String {
        let at = authority.lastIndex(of: "@")
        let userInfo = at.map { String(authority[...$0]) } ?? ""
        let hostAndPort = at.map { authority[authority.index(after: $0)...] } ?? authority
        var host = hostAndPort
        var port: Substring = ""
        if let colon = hostAndPort.lastIndex(of: ":"), !hostAndPort[colon...].contains("]") {
            host = hostAndPort[..<colon]
            port = hostAndPort[hostAndPort.index(after: colon)...]
        }
        let isDefaultPort = port.isEmpty || (scheme == "http" && port == "80") || (scheme == "https" && port == "443")
        return userInfo + host.lowercased() + (isDefaultPort ? "" : ":" + port)
    }

    /// True for `ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetter else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// True when `url` is an absolute http or https URL.
    static func isWeb(_ url: String) -> Bool {
        let lower = url.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
