/// Identifiers a URL carries: an arXiv eprint or a DOI.
enum LinkIdentifiers {
    /// The arXiv id of an `arxiv.org/abs/…`, `/pdf/…` or `/html/…` URL, such as
    /// `1706.03762v5` or `hep-th/9901001`.
    static func arXiv(_ url: String) -> String? {
        guard let (host, path) = split(url), host == "arxiv.org" || host.hasSuffix(".arxiv.org") else { return nil }
        for prefix in ["/abs/", "/pdf/", "/html/"] where path.hasPrefix(prefix) {
            var id = Substring(path.dropFirst(prefix.count))
            while id.hasSuffix("/") { id.removeLast() }
            if id.hasSuffix(".pdf") { id.removeLast(4) }
            let allowed = id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "/" || $0 == "-") }
            return allowed && id.contains(where: \.isNumber) ? String(id) : nil
        }
        return nil
    }

    /// The DOI of a `doi.org/10.…` URL, or of a path segment `doi/10.…` on a publisher's site
    /// (`doi/abs/10.…`, `doi/full/10.…` and `doi/pdf/10.…` too).
    static func doi(_ url: String) -> String? {
        guard let (host, path) = split(url) else { return nil }
        let candidate: Substring
        if host == "doi.org" || host == "dx.doi.org" {
            candidate = path.dropFirst()
        } else if let range = ["/doi/10.", "/doi/abs/10.", "/doi/full/10.", "/doi/pdf/10."].lazy.compactMap({ path.firstRange(of: $0) }).first {
            candidate = path[path.index(range.upperBound, offsetBy: -3)...]
        } else {
            return nil
        }
        guard candidate.hasPrefix("10."), let slash = candidate.firstIndex(of: "/"), candidate[slash...].count > 1,
              candidate.allSatisfy({ $0.isASCII && !$0.isWhitespace && !"{}\\%#\"".contains($0) }) else { return nil }
        return String(candidate)
    }

    /// The lowercased host without `www.`, and the path without query or fragment.
    private static func split(_ url: String) -> (String, String)? {
        let bytes = url.utf8
        let schemeLength: Int
        if URLText.hasPrefix(bytes, lowercased: "https://") {
            schemeLength = 8
        } else if URLText.hasPrefix(bytes, lowercased: "http://") {
            schemeLength = 7
        } else {
            return nil
        }
        let rest = bytes.dropFirst(schemeLength)
        let hostEnd = rest.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? rest.endIndex
        var host = url[rest.startIndex..<hostEnd].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let pathEnd = bytes[hostEnd...].firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        return (host, String(url[hostEnd..<pathEnd]))
    }
}
