import OctavoModel

/// What identifies a post in a link to its page on the site: its date and slug, as
/// Jekyll's default permalink `/:categories/:year/:month/:day/:title.html` spells
/// them (the title being the slug from the file name).
///
/// Links are matched on the last four segments, whatever categories come before
/// them, since Jekyll derives those from front matter and folders in ways a post
/// cannot always tell; a date and slug name one post of a blog.
public struct PostPermalink: Sendable, Hashable {
    /// The post's date: year, month (1–12) and day of the month.
    public let year: Int
    public let month: Int
    public let day: Int
    /// The slug from the post's file name, as the permalink writes it.
    public let slug: String

    /// The permalink of a post with a date and a slug, else nil.
    public init?(_ metadata: Metadata) {
        guard let date = metadata.date, let slug = metadata.slug, !slug.isEmpty else { return nil }
        self.init(year: date.year, month: date.month, day: date.day, slug: slug)
    }

    init(year: Int, month: Int, day: Int, slug: String) {
        self.year = year
        self.month = month
        self.day = day
        self.slug = slug
    }

    /// The permalink a site path (percent-decoded, without query or fragment) ends
    /// with: `…/YYYY/MM/DD/slug.html`, `…/YYYY/MM/DD/slug` or `…/YYYY/MM/DD/slug/`.
    public init?(path: String) {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 4 else { return nil }
        var last = segments.removeLast()
        if last.hasSuffix(".html") { last = last.dropLast(5) }
        let dateParts = segments.suffix(3)
        let widths = [4, 2, 2]
        var numbers: [Int] = []
        for (part, width) in zip(dateParts, widths) {
            guard part.utf8.count == width, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(part) else { return nil }
            numbers.append(number)
        }
        guard !last.isEmpty else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2], slug: String(last))
    }

    /// The path under the site root: `/categories…/YYYY/MM/DD/slug.html`, the
    /// categories lowercased as Jekyll writes them.
    public func sitePath(categories: [String]) -> String {
        var path = ""
        for category in categories where !category.isEmpty { path += "/" + category.lowercased() }
        let date = CivilCalendar.padded(year, 4) + "/" + CivilCalendar.padded(month, 2) + "/" + CivilCalendar.padded(day, 2)
        return path + "/" + date + "/" + slug + ".html"
    }
}
