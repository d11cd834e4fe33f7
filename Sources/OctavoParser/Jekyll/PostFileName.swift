import OctavoModel

/// What a post's file name says, as Jekyll reads it: `2026-7-9-Russia_12.markdown`
/// is dated 2026-07-09 with the slug `Russia_12`. Months and days may be unpadded.
/// A name without a valid date (`about.md`, `2017-13-40-x.md`) is all slug.
struct PostFileName: Equatable {
    var date: PostDate?
    var slug: String
}

extension PostFileName {
    /// Reads the last component of `path` without its extension; nil if that is empty.
    init?(path: String) {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        guard !name.isEmpty else { return nil }
        if let (date, slug) = PostFileName.datePrefix(of: name) {
            self.date = date
            self.slug = String(slug)
        } else {
            self.date = nil
            self.slug = String(name)
        }
    }

    /// `YYYY-M-D-` with a real date and a non-empty rest.
    private static func datePrefix(of name: Substring) -> (PostDate, Substring)? {
        let parts = name.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, !parts[3].isEmpty,
              parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts[0...2].allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = PostDate(year: year, month: month, day: day) else { return nil }
        return (date, parts[3])
    }
}
