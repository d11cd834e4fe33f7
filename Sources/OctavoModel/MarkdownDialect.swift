/// The Markdown dialects Octavo reads; a document remembers the one it was read as,
/// so that writers treat it the same way whether it comes from Markdown or from JSON.
public enum MarkdownDialect: String, Sendable, CaseIterable, Codable {
    /// CommonMark 0.31.
    case commonmark
    /// CommonMark with the GitHub extensions: tables, strikethrough, extended
    /// autolinks, task lists and footnotes.
    case gfm
    /// GFM plus the kramdown syntax Jekyll posts are written in: `$$` math, block
    /// attribute lists and definitions, `{:toc}` and heading ids.
    case kramdown

    /// Whether the GitHub extensions are on.
    public var hasGFMExtensions: Bool { self != .commonmark }

    /// Whether kramdown's own syntax is on.
    public var hasKramdownExtensions: Bool { self == .kramdown }
}
