import OctavoModel

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
        url.withUTF8Bytes { normalise($0, into: &result) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Writes the normalised form of the UTF-8 URL `url` to `result`.
    static func normalise<Output: ByteSink>(_ url: UnsafeBufferPointer<UInt8>, into result: inout Output) {
        let trimmed = WhiteSpace.trimmed(url)
        let start = trimmed.lowerBound
        var end = trimmed.upperBound
        if end > start, url[end - 1] == UInt8(ascii: "#") { end -= 1 }
        guard let colon = schemeEnd(url, from: start, to: end) else {
            append(url, start..<end, to: &result)
            return
        }
        appendLowercased(url, start..<colon, to: &result)
        let defaultPort = defaultPort(ofScheme: UnsafeBufferPointer(rebasing: url[start..<colon]))
        result.append(UInt8(ascii: ":"))
        let restStart = colon + 1
        guard end - restStart >= 2, url[restStart] == UInt8(ascii: "/"), url[restStart + 1] == UInt8(ascii: "/") else {
            append(url, restStart..<end, to: &result)
            return
        }
        result.append(UInt8(ascii: "/"))
        result.append(UInt8(ascii: "/"))
        let authorityStart = restStart + 2
        var authorityEnd = authorityStart
        while authorityEnd < end, url[authorityEnd] != UInt8(ascii: "/"), url[authorityEnd] != UInt8(ascii: "?"),
              url[authorityEnd] != UInt8(ascii: "#") {
            authorityEnd += 1
        }
        appendAuthority(url, authorityStart..<authorityEnd, defaultPort: defaultPort, to: &result)
        var tailStart = authorityEnd
        if tailStart < end, url[tailStart] == UInt8(ascii: "/"),
           tailStart + 1 == end || url[tailStart + 1] == UInt8(ascii: "?") || url[tailStart + 1] == UInt8(ascii: "#") {
            tailStart += 1
        }
        append(url, tailStart..<end, to: &result)
    }

    /// The index of the `:` ending a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`)
    /// that starts at `start`, or nil.
    private static func schemeEnd(_ url: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, isASCIILetter(url[start]) else { return nil }
        var index = start + 1
        while index < end {
            let byte = url[index]
            if byte == UInt8(ascii: ":") { return index }
            guard isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return nil }
            index += 1
        }
        return nil
    }

    /// The port a scheme implies: `80` for http, `443` for https, in any case.
    private static func defaultPort(ofScheme scheme: UnsafeBufferPointer<UInt8>) -> StaticString? {
        if equals(scheme, "http", ignoringCase: true) { return "80" }
        if equals(scheme, "https", ignoringCase: true) { return "443" }
        return nil
    }

    /// Whether `bytes` spell `literal` (lower-case letters and digits), in any case if `ignoringCase`.
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, ignoringCase: Bool) -> Bool {
        literal.withUTF8Buffer { literal in
            bytes.count == literal.count && zip(bytes, literal).allSatisfy { ($0 | (ignoringCase ? 0x20 : 0)) == $1 }
        }
    }

    /// `user@host:port` with the host lower-cased and a default or empty port dropped.
    private static func appendAuthority<Output: ByteSink>(
        _ url: UnsafeBufferPointer<UInt8>, _ authority: Range<Int>, defaultPort: StaticString?, to result: inout Output
    ) {
        var hostStart = authority.lowerBound
        if let at = lastIndex(of: UInt8(ascii: "@"), in: url, authority) {
            append(url, authority.lowerBound..<(at + 1), to: &result)
            hostStart = at + 1
        }
        var hostEnd = authority.upperBound
        var port = authority.upperBound..<authority.upperBound
        if let colon = lastIndex(of: UInt8(ascii: ":"), in: url, hostStart..<authority.upperBound),
           lastIndex(of: UInt8(ascii: "]"), in: url, colon..<authority.upperBound) == nil {
            hostEnd = colon
            port = (colon + 1)..<authority.upperBound
        }
        appendLowercased(url, hostStart..<hostEnd, to: &result)
        let portBytes = UnsafeBufferPointer(rebasing: url[port])
        let isDefaultPort = port.isEmpty || defaultPort.map { equals(portBytes, $0, ignoringCase: false) } ?? false
        if !isDefaultPort {
            result.append(UInt8(ascii: ":"))
            append(url, port, to: &result)
        }
    }

    private static func lastIndex(of byte: UInt8, in url: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if url[index] == byte { return index }
        }
        return nil
    }

    /// True when `url` is an absolute http or https URL.
    static func isWeb(_ url: String) -> Bool {
        url.withUTF8Bytes { bytes in
            func lowered(_ index: Int) -> UInt8 { bytes[index] >= 0x41 && bytes[index] <= 0x5A ? bytes[index] | 0x20 : bytes[index] }
            guard bytes.count > 7, lowered(0) == UInt8(ascii: "h"), lowered(1) == UInt8(ascii: "t"),
                  lowered(2) == UInt8(ascii: "t"), lowered(3) == UInt8(ascii: "p") else { return false }
            let colon = lowered(4) == UInt8(ascii: "s") ? 5 : 4
            return bytes[colon] == UInt8(ascii: ":") && bytes[colon + 1] == UInt8(ascii: "/") && bytes[colon + 2] == UInt8(ascii: "/")
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    private static func append<Output: ByteSink>(_ url: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to result: inout Output) {
        result.append(UnsafeBufferPointer(rebasing: url[range]))
    }

    private static func appendLowercased<Output: ByteSink>(_ url: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to result: inout Output) {
        for index in range {
            let byte = url[index]
            result.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
    }
}
