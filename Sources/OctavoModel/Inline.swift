/// Inline content of paragraphs, headings and table cells.
///
/// Text and the containers of other inlines are stored in place; links, images,
/// abbreviations and attributed inlines, larger and rarer, are boxed, so an inline
/// takes little more room than a string and most need no allocation of their own.
public enum Inline: Sendable, Hashable {
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
    indirect case link(Link)
    indirect case image(Image)
    /// Raw inline HTML, copied verbatim.
    case html(String)
    /// A GFM footnote reference `[^label]`; the label is normalised as link labels are (case-folded, whitespace collapsed).
    case footnoteReference(String)
    /// Inline math: kramdown's `$$...$$` inside a paragraph; the TeX exactly as written, trimmed.
    case math(String)
    /// A word kramdown's `*[word]: title` defines as an abbreviation.
    indirect case abbreviation(Abbreviation)
    /// An inline with the attributes of a kramdown span attribute list (`*em*{:.cls}`);
    /// links and images keep theirs in their own `attributes`.
    indirect case attributed(AttributedInline)
}

/// An occurrence of an abbreviation and the title its definition gives it.
public struct Abbreviation: Sendable, Hashable {
    public var text: String
    /// The expansion; empty when the definition gives none.
    public var title: String

    public init(text: String, title: String) {
        self.text = text
        self.title = title
    }
}

/// An inline and the attributes written right after it.
public struct AttributedInline: Sendable, Hashable {
    public var attributes: Attributes
    public var inline: Inline

    public init(attributes: Attributes, inline: Inline) {
        self.attributes = attributes
        self.inline = inline
    }
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
    /// From a kramdown span attribute list (`[text](url){:target="_blank"}`).
    public var attributes: Attributes

    public init(destination: String, title: String = "", content: [Inline], style: LinkStyle, attributes: Attributes = Attributes()) {
        self.destination = destination
        self.title = title
        self.content = content
        self.style = style
        self.attributes = attributes
    }
}

/// An image; its description is inline content rendered as alt text.
public struct Image: Sendable, Hashable {
    public var source: String
    /// The image title; empty when none was given.
    public var title: String
    public var description: [Inline]
    public var style: LinkStyle
    /// From a kramdown span attribute list (`![alt](src){: width="50%"}`).
    public var attributes: Attributes

    public init(source: String, title: String = "", description: [Inline], style: LinkStyle, attributes: Attributes = Attributes()) {
        self.source = source
        self.title = title
        self.description = description
        self.style = style
        self.attributes = attributes
    }
}
