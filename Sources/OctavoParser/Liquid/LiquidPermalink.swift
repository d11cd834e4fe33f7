/// The URL Jekyll gives a post, from the site's `permalink`: the styles `date`
/// (the default), `pretty`, `ordinal`, `none`, or a pattern with `:categories`,
/// `:year`, `:month`, `:day`, `:i_month`, `:i_day`, `:short_year`, `:title`, `:slug`
/// and `:output_ext`.
struct LiquidPermalink {
    var pattern: String

    init(style: String) {
        switch style {
        case "", "date": pattern = "/:categories/:year/:month/:day/:title:output_ext"
        case "pretty": pattern = "/:categories/:year/:month/:day/:title/"
        case "ordinal": pattern = "/:categories/:year/:y_day/:title:output_ext"
        case "none": pattern = "/:categories/:title:output_ext"
        default: pattern = style
        }
    }

    /// The URL of a post with this date, slug and categories.
    func url(year: Int, month: Int, day: Int, slug: String, categories: [String]) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0" + String(number) : String(number) }
        let values: [(String, String)] = [
            (":categories", categories.map { $0.lowercased() }.joined(separator: "/")),
            (":short_year", two(year % 100)), (":year", String(year)),
            (":i_month", String(month)), (":month", two(month)), (":i_day", String(day)), (":day", two(day)),
            (":y_day", String(LiquidDate.dayOfYear(year: year, month: month, day: day))),
            (":title", slug), (":slug", slug.lowercased()), (":output_ext", ".html"),
        ]
        var url = pattern
        for (key, value) in values { url = url.replacingAll(key, with: value) }
        var cleaned = ""
        for character in url where !(character == "/" && cleaned.hasSuffix("/")) { cleaned.append(character) }
        return cleaned.hasPrefix("/") ? cleaned : "/" + cleaned
    }
}
