import OctavoModel

/// Citation keys: ASCII, unique, and the same whatever order the posts come in.
///
/// A key is `arxiv-` and the eprint for arXiv links, else a stem (the site's name for
/// links, `work` for works) and eight hex digits hashed from the reference's id. A key
/// already taken gets `-2`, `-3`…, handed out in order of id.
enum CitationKeys {
    /// The distinct references of all `documents` (merged as `CitedReference.collect`
    /// merges them) with their keys, sorted by key: the entries of every bibliography
    /// format, so that BibTeX, BibLaTeX, CSL-JSON and RIS hold the same items.
    static func entries(of documents: [Document]) -> [(key: String, reference: CitedReference)] {
        entries(for: CitedReference.collect(from: documents))
    }

    /// The references of `documents` with their keys, sorted by key.
    static func entries(for references: [CitedReference]) -> [(key: String, reference: CitedReference)] {
        var taken = Set<String>()
        var entries: [(key: String, reference: CitedReference)] = []
        for reference in references.sorted(by: { $0.id < $1.id }) {
            let base = base(reference)
            var key = base
            var count = 1
            while taken.contains(key) {
                count += 1
                key = base + "-\(count)"
            }
            taken.insert(key)
            entries.append((key, reference))
        }
        return entries.sorted { $0.key < $1.key }
    }

    private static func base(_ reference: CitedReference) -> String {
        if let url = reference.url, let eprint = LinkIdentifiers.arXiv(url) {
            return "arxiv-" + String(eprint.map { $0 == "/" ? "-" : $0 })
        }
        return (reference.url.map(siteName) ?? "work") + "-" + hash(reference.id)
    }

    /// The registered name of the URL's host (`github` for `www.github.com`, `bbc` for
    /// `news.bbc.co.uk`), as lowercase ASCII letters and digits; `link` when there is none.
    private static func siteName(_ url: String) -> String {
        let bytes = url.utf8
        var start = bytes.startIndex
        var search = bytes.startIndex
        while let colon = bytes[search...].firstIndex(of: UInt8(ascii: ":")) {
            if bytes[colon...].starts(with: "://".utf8) {
                start = bytes.index(colon, offsetBy: 3)
                break
            }
            search = bytes.index(after: colon)
        }
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        let authority = url[start..<end]
        let host = (authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority).prefix { $0 != ":" }
        var labels = host.lowercased().split(separator: ".")
        if labels.count >= 3, labels[labels.count - 1].count == 2,
           ["co", "com", "ac", "org", "net", "gov", "edu"].contains(labels[labels.count - 2]) {
            labels.removeLast()
        }
        let label = labels.count >= 2 ? labels[labels.count - 2] : labels.first ?? ""
        let ascii = String(label.filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        return ascii.isEmpty ? "link" : ascii
    }

    /// The 64-bit FNV-1a of the UTF-8 bytes, folded to 32 bits, as eight hex digits.
    private static func hash(_ text: String) -> String {
        var hash = FNV1a<UInt64>()
        hash.append(utf8Of: text)
        let digits = String(UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32)), radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
