/// Inline content of paragraphs, headings and table cells.
public indirect enum Inline: Sendable, Hashable {
    /// Literal text, with escapes and entities already resolved.
    case text(String)
    /// A line ending inside a paragraph that is not a hard break.
    case softBreak
    /// A hard line break (two spaces or a backslash before the line ending).
    case lineBreak
    /// A code span; the string is the literal code.
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    /// GFM `~~strikethrough~~`.
    case strikethrough([Inline])
    case link(Link)
    case image(Image)
    /// Raw inline HTML, copied verbatim.
    case html(String)
    /// A GFM footnote reference `[^label]`; the label is normalised as link labels are (case-folded, whitespace collapsed).
    case footnoteReference(String)
    /// Inline math: kramdown's `$$...$$` inside a paragraph; the TeX exactly as written, trimmed.
    case math(String)
}

/// How a link was written in the source.
public enum LinkStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// `[text](destination "title")`
    case inline
    /// `[text][label]`, `[text][]` or `[text]` resolved through a link reference definition.
    case reference
    /// `<https://example.com>` or `<user@example.com>`.
    case autolink
    /// A bare URL, `www.` address or e-mail address recognised by the GFM autolink extension.
    case bare
}

/// A hyperlink.
public struct Link: Sendable, Hashable {
    public var destination: String
    /// The link title; empty when none was given.
    public var title: String
    public var content: [Inline]
    public var style: LinkStyle

    public init(destination: String, title: String = "", content: [Inline], style: LinkStyle) {
        self.destination = destination
        self.title = title
        self.content = content
        self.style = style
    }
}

/// An image; its description is inline content rendered as alt text.
public struct Image: Sendable, Hashable {
    public var source: String
    /// The image title; empty when none was given.
    public var title: String
    public var description: [Inline]
    public var style: LinkStyle

    public init(source: String, title: String = "", description: [Inline], style: LinkStyle) {
        self.source = source
        self.title = title
        self.description = description
        self.style = style
    }
}
