/// An absolute URL parsed as the WHATWG URL Standard's basic URL parser parses it (no
/// base URL), and written back in its serialised form: the form browsers use, ASCII
/// only, valid as an XML Schema `anyURI` and in OPML, BibTeX and EPUB.
///
/// `http://Example.COM:80/a/./b/../c?q=1 2` is `http://example.com/a/c?q=1%202`;
/// `https://例え.テスト/` gets a Punycode host. What the standard calls a failure (a
/// space or `%` in a host, an unclosed `[`, a port past 65535, an IPv4 address out of
/// range, no scheme) is nil. International domain names are lowercased, encoded
/// and full-width letters made narrow, label by label; the rest of UTS #46 mapping (such
/// as NFC) is not done.
public struct WebAddress: Sendable, Hashable, CustomStringConvertible {
    /// The scheme, lowercased (`https`).
    public let scheme: String
    /// Everything after the scheme's colon, serialised.
    private let rest: String

    /// The serialised URL.
    public var description: String { scheme + ":" + rest }

    /// Parses `text` (leading and trailing spaces and control characters, and any tab
    /// or line break inside, are ignored as the standard says); nil when it is no URL.
    public init?(parsing text: some StringProtocol) {
        var bytes = Array(text.utf8)
        while let first = bytes.first, first <= 0x20 { bytes.removeFirst() }
        while let last = bytes.last, last <= 0x20 { bytes.removeLast() }
        bytes.removeAll { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
              WebAddress.isAlpha(bytes[0]),
              bytes[1..<colon].allSatisfy({ WebAddress.isAlphanumeric($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
        else { return nil }
        let scheme = String(decoding: bytes[..<colon].map(WebAddress.lowercased), as: UTF8.self)
        let remainder = Array(bytes[(colon + 1)...])
        let rest: String?
        if let defaultPort = WebAddress.specialSchemes[scheme] {
            rest = scheme == "file" ? WebAddress.fileRest(remainder) : WebAddress.specialRest(remainder, defaultPort: defaultPort)
        } else {
            rest = WebAddress.otherRest(remainder)
        }
        guard let rest else { return nil }
        self.scheme = scheme
        self.rest = rest
    }

    /// The special schemes with their default ports (file has none).
    private static let specialSchemes: [String: Int?] = ["http": 80, "https": 443, "ws": 80, "wss": 443, "ftp": 21, "file": nil]

    // MARK: Special schemes

    /// `//userinfo@host:port/path?query#fragment` of an http(s), ws(s) or ftp URL; any
    /// number of slashes or backslashes may open it.
    private static func specialRest(_ bytes: [UInt8], defaultPort: Int?) -> String? {
        var index = 0
        while index < bytes.count, bytes[index] == 0x2F || bytes[index] == 0x5C { index += 1 }
        let authorityEnd = bytes[index...].firstIndex { $0 == 0x2F || $0 == 0x5C || $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        var authority = bytes[index..<authorityEnd]
        var userinfo = ""
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            userinfo = serialisedUserinfo(authority[..<at])
            authority = authority[(at + 1)...]
        }
        var hostBytes = authority
        var port: Int?
        if let colon = lastPortColon(in: authority) {
            hostBytes = authority[..<colon]
            let digits = authority[(colon + 1)...]
            if !digits.isEmpty {
                guard digits.allSatisfy(isDigit), digits.count <= 5 else { return nil }
                let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                guard value <= 65_535 else { return nil }
                port = value == defaultPort ? nil : value
            }
        }
        guard !hostBytes.isEmpty, let host = WebHost.special(Array(hostBytes)) else { return nil }
        var result = "//" + userinfo + host
        if let port { result += ":" + String(port) }
        return result + pathQueryFragment(Array(bytes[authorityEnd...]), special: true)
    }

    /// A file URL: an optional host after `//`, then the path.
    private static func fileRest(_ bytes: [UInt8]) -> String? {
        var index = 0
        var host = ""
        if bytes.count >= 2, bytes[0] == 0x2F || bytes[0] == 0x5C, bytes[1] == 0x2F || bytes[1] == 0x5C {
            index = 2
            let hostEnd = bytes[index...].firstIndex { $0 == 0x2F || $0 == 0x5C || $0 == 0x3F || $0 == 0x23 } ?? bytes.count
            let hostBytes = Array(bytes[index..<hostEnd])
            if !hostBytes.isEmpty {
                guard let parsed = WebHost.special(hostBytes) else { return nil }
                host = parsed == "localhost" ? "" : parsed
            }
            index = hostEnd
        }
        return "//" + host + pathQueryFragment(Array(bytes[index...]), special: true)
    }

    /// The colon before a port: the last one outside brackets.
    private static func lastPortColon(in authority: ArraySlice<UInt8>) -> Int? {
        var insideBrackets = false
        var colon: Int?
        for index in authority.indices {
            switch authority[index] {
            case 0x5B: insideBrackets = true
            case 0x5D: insideBrackets = false
            case 0x3A where !insideBrackets: colon = index
            default: break
            }
        }
        return colon
    }

    private static func serialisedUserinfo(_ bytes: ArraySlice<UInt8>) -> String {
        let colon = bytes.firstIndex(of: UInt8(ascii: ":"))
        let user = PercentEncoding.encode(bytes[..<(colon ?? bytes.endIndex)], set: .userinfo)
        let password = colon.map { PercentEncoding.encode(bytes[($0 + 1)...], set: .userinfo) } ?? ""
        guard !user.isEmpty || !password.isEmpty else { return "" }
        return user + (password.isEmpty ? "" : ":" + password) + "@"
    }

    // MARK: Other schemes

    /// The rest of a URL whose scheme is not special: `//host/path`, `/path` or an
    /// opaque path (`mailto:a@b`), then query and fragment.
    private static func otherRest(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2, bytes[0] == 0x2F, bytes[1] == 0x2F {
            let hostEnd = bytes[2...].firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? bytes.count
            var authority = bytes[2..<hostEnd]
            var userinfo = ""
            let at = authority.lastIndex(of: UInt8(ascii: "@"))
            if let at {
                userinfo = serialisedUserinfo(authority[..<at])
                authority = authority[(at + 1)...]
            }
            var hostBytes = authority
            var port = ""
            let colon = lastPortColon(in: authority)
            // Credentials or a port need a host.
            if at != nil || colon != nil, (colon.map { authority[..<$0].isEmpty } ?? authority.isEmpty) { return nil }
            if let colon {
                hostBytes = authority[..<colon]
                let digits = authority[(colon + 1)...]
                guard digits.allSatisfy(isDigit), digits.count <= 5 else { return nil }
                if !digits.isEmpty {
                    let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                    guard value <= 65_535 else { return nil }
                    port = ":" + String(value)
                }
            }
            guard let host = WebHost.opaque(Array(hostBytes)) else { return nil }
            return "//" + userinfo + host + port + pathQueryFragment(Array(bytes[hostEnd...]), special: false)
        }
        if bytes.first == 0x2F {
            // A path whose first segment is empty would read back as a host; the
            // standard writes "/." before it.
            let rest = pathQueryFragment(bytes, special: false)
            return rest.hasPrefix("//") ? "/." + rest : rest
        }
        let pathEnd = bytes.firstIndex { $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        let opaque = PercentEncoding.encode(bytes[..<pathEnd], set: .c0Control)
        return opaque + queryAndFragment(Array(bytes[pathEnd...]), special: false)
    }

    // MARK: Path, query, fragment

    /// A hierarchical path (dot segments resolved) followed by query and fragment.
    private static func pathQueryFragment(_ bytes: [UInt8], special: Bool) -> String {
        let pathEnd = bytes.firstIndex { $0 == 0x3F || $0 == 0x23 } ?? bytes.count
        var segments: [String] = []
        var start = 0
        let path = bytes[..<pathEnd]
        if path.first == 0x2F || (special && path.first == 0x5C) { start = 1 }
        let isSeparator: (UInt8) -> Bool = { $0 == 0x2F || (special && $0 == 0x5C) }
        var index = start
        var segmentStart = start
        while index <= path.count {
            if index == path.count || isSeparator(path[index]) {
                let segment = path[segmentStart..<index]
                let atEnd = index == path.count
                if isDoubleDot(segment) {
                    if !segments.isEmpty { segments.removeLast() }
                    if atEnd { segments.append("") }
                } else if isSingleDot(segment) {
                    if atEnd { segments.append("") }
                } else {
                    segments.append(PercentEncoding.encode(segment, set: .path))
                }
                segmentStart = index + 1
            }
            index += 1
        }
        let serialisedPath = special || !path.isEmpty ? "/" + segments.joined(separator: "/") : ""
        return serialisedPath + queryAndFragment(Array(bytes[pathEnd...]), special: special)
    }

    private static func queryAndFragment(_ bytes: [UInt8], special: Bool) -> String {
        var result = ""
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
        if bytes.first == 0x3F {
            result += "?" + PercentEncoding.encode(bytes[1..<hash], set: special ? .specialQuery : .query)
        }
        if hash < bytes.count {
            result += "#" + PercentEncoding.encode(bytes[(hash + 1)...], set: .fragment)
        }
        return result
    }

    private static func isSingleDot(_ segment: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: segment, as: UTF8.self).lowercased()
        return text == "." || text == "%2e"
    }

    private static func isDoubleDot(_ segment: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: segment, as: UTF8.self).lowercased()
        return [".." , ".%2e", "%2e.", "%2e%2e"].contains(text)
    }

    // MARK: Bytes

    static func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) }
    static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}
