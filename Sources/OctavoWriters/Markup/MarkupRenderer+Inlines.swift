import OctavoMath
import OctavoModel
import OctavoXML

extension MarkupRenderer {
    /// Renders a sequence of inlines; `closing` is the delimiter of the element that
    /// encloses them, which typography reads as the text after the last one. In XHTML a
    /// sequence holding raw HTML is sanitised as one fragment.
    mutating func render(_ inlines: [Inline], closing: String = "", to output: inout ByteBuffer) {
        if dialect == .xhtml, inlines.contains(where: { if case .html = $0 { true } else { false } }) {
            renderSanitized(inlines, closing: closing, to: &output)
            return
        }
        guard appliesTypography else {
            for inline in inlines { render(inline, to: &output) }
            return
        }
        typography.before = .nothing
        for index in inlines.indices { renderTypographic(inlines, at: index, closing: closing, to: &output) }
    }

    /// Writes `inlines[index]` with typography: text reads what follows it, anything
    /// else tells typography what came before the next text.
    mutating func renderTypographic(_ inlines: [Inline], at index: Int, closing: String, to output: inout ByteBuffer) {
        if case .text(let text) = inlines[index] {
            typography.append(text, followedBy: Typography.Lookahead(inlines[(index + 1)...], closing: closing), to: &output)
        } else {
            render(inlines[index], to: &output)
            typography.pass(inlines[index])
        }
    }

    /// Writes `inline`; `attributes` (from a span attribute list) go on its element, or on
    /// a `<span>` around it when it has none.
    mutating func render(_ inline: Inline, attributes: Attributes = Attributes(), to output: inout ByteBuffer) {
        if !attributes.isEmpty, inline.isWrittenWithoutElement {
            appendOpenTag("span", attributes, to: &output)
            render(inline, to: &output)
            output.append("</span>")
            return
        }
        switch inline {
        case .text(let text):
            if appliesTypography {
                typography.append(text, followedBy: .end, to: &output)
            } else {
                ByteEscaping.appendEscapedMarkup(text, to: &output)
            }
        case .softBreak:
            output.append(UInt8(ascii: "\n"))
        case .lineBreak:
            output.append("<br />\n")
        case .html(let html):
            appendRawHTML(html, context: linkDepth > 0 ? .linkText : .phrasing, to: &output)
        case .footnoteReference(let label):
            renderFootnoteReference(label, to: &output)
        case .code(let code):
            appendOpenTag("code", attributes, to: &output)
            ByteEscaping.appendEscapedMarkup(code, to: &output)
            output.append("</code>")
        case .emphasis(let content):
            renderElement("em", content, closing: "*", attributes: attributes, to: &output)
        case .strong(let content):
            renderElement("strong", content, closing: "**", attributes: attributes, to: &output)
        case .strikethrough(let content):
            renderElement("del", content, closing: "~~", attributes: attributes, to: &output)
        case .link(let link):
            renderLink(link, attributes: attributes, to: &output)
        case .image(let image):
            renderImage(image, attributes: attributes, to: &output)
        case .math(let tex):
            appendMath(tex, display: false, attributes: attributes, to: &output)
        case .abbreviation(let abbreviation):
            output.append("<abbr")
            appendTitle(abbreviation.title, to: &output)
            appendAttributes(attributes, on: "abbr", written: abbreviation.title.isEmpty ? [] : ["title"], to: &output)
            output.append(">")
            ByteEscaping.appendEscapedMarkup(abbreviation.text, to: &output)
            output.append("</abbr>")
        case .attributed(let attributed):
            render(attributed.inline, attributes: attributed.attributes.merging(attributes), to: &output)
        }
    }

    /// A link; in XHTML a link inside another, to a refused address or to nothing
    /// (`[Next]()`) is its content alone.
    private mutating func renderLink(_ link: Link, attributes: Attributes, to output: inout ByteBuffer) {
        if dialect == .xhtml, linkDepth > 0 || refuses(link.destination, isImageSource: false) {
            renderContent(of: link, to: &output)
            return
        }
        let address = identifiers.target(of: resources.link(link.destination, at: position))
        if dialect == .xhtml, address.allSatisfy(\.isWhitespace) {
            renderContent(of: link, to: &output)
            return
        }
        output.append("<a href=\"")
        ByteEscaping.appendEscapedURL(address, to: &output)
        output.append("\"")
        appendTitle(link.title, to: &output)
        appendAttributes(link.attributes.merging(attributes), on: "a", written: link.title.isEmpty ? ["href"] : ["href", "title"], to: &output)
        output.append(">")
        linkDepth += 1
        renderContent(of: link, to: &output)
        linkDepth -= 1
        output.append("</a>")
    }

    private mutating func renderContent(of link: Link, to output: inout ByteBuffer) {
        switch link.style {
        case .inline, .reference: render(link.content, closing: "]", to: &output)
        case .autolink, .bare: renderVerbatim(link.content, to: &output)
        }
    }

    /// An image where `resources` puts it, or its placeholder; in XHTML an image with a
    /// refused address is its placeholder without the address.
    private mutating func renderImage(_ image: Image, attributes: Attributes, to output: inout ByteBuffer) {
        if dialect == .xhtml, refuses(image.source, isImageSource: true) {
            appendImagePlaceholder(alternative: image.description.plainText, source: nil, to: &output)
            return
        }
        switch resources.image(image.source, at: position) {
        case .href(let href):
            output.append("<img src=\"")
            ByteEscaping.appendEscapedURL(href, to: &output)
            output.append("\" alt=\"")
            appendPlainText(image.description, to: &output)
            output.append("\"")
            appendTitle(image.title, to: &output)
            appendAttributes(image.attributes.merging(attributes), on: "img",
                             written: image.title.isEmpty ? ["src", "alt"] : ["src", "alt", "title"], to: &output)
            output.append(" />")
        case .placeholder:
            appendImagePlaceholder(alternative: image.description.plainText, source: image.source, to: &output)
        }
    }

    /// `<span class="image-placeholder">`: the alternative text, then the source, a link
    /// when it is a web address and no link encloses the placeholder.
    mutating func appendImagePlaceholder(alternative: String, source: String?, to output: inout ByteBuffer) {
        output.append("<span class=\"image-placeholder\">")
        ByteEscaping.appendEscapedMarkup(alternative, to: &output)
        if let source {
            if !alternative.isEmpty { output.append(" ") }
            let lowered = source.lowercased()
            if linkDepth == 0, lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
                output.append("<a href=\"")
                ByteEscaping.appendEscapedURL(source, to: &output)
                output.append("\">")
                ByteEscaping.appendEscapedMarkup(source, to: &output)
                output.append("</a>")
            } else {
                ByteEscaping.appendEscapedMarkup(source, to: &output)
            }
        }
        output.append("</span>")
    }

    /// Whether `address` (an image's source, or a link's destination) is one content
    /// documents refuse; warns when it is.
    private mutating func refuses(_ address: String, isImageSource: Bool) -> Bool {
        guard let warning = AddressRefusal.warning(for: address, isImageSource: isImageSource) else { return false }
        warn(warning)
        return true
    }

    /// Math in a `math` span or division: as MathML (the default in XHTML), or as its
    /// TeX — in HTML wrapped in `\(…\)` or `\[…\]` for MathJax, in XHTML as text.
    mutating func appendMath(_ tex: String, display: Bool, attributes: Attributes, to output: inout ByteBuffer) {
        var attributes = attributes
        let markup = options.math ?? (dialect == .xhtml ? .mathml : .tex)
        switch dialect {
        case .html: attributes.classes = ["math", display ? "display" : "inline"] + attributes.classes
        case .xhtml: attributes.classes = ["math"] + attributes.classes.filter { $0 != "math" }
        }
        output.append(display ? "<div" : "<span")
        appendAttributes(attributes, on: display ? "div" : "span", to: &output)
        output.append(">")
        switch (markup, dialect) {
        case (.mathml, _):
            let conversion = TeXToMathML.convert(tex, display: display ? .block : .inline)
            output.append(string: conversion.markup)
            containsMathML = true
            for problem in conversion.problems { warn("math: \(problem.message)") }
        case (.tex, .html):
            containsTeXMath = true
            output.append(display ? "\\[" : "\\(")
            ByteEscaping.appendEscapedMarkup(tex, to: &output)
            output.append(display ? "\\]" : "\\)")
        case (.tex, .xhtml):
            ByteEscaping.appendEscapedMarkup(tex, to: &output)
        }
        output.append(display ? "</div>" : "</span>")
    }

    /// Inlines as in a table of contents: links keep only their text, footnote references vanish.
    mutating func renderWithoutLinks(_ inlines: [Inline], to output: inout ByteBuffer) {
        for inline in inlines {
            switch inline {
            case .link(let link): renderWithoutLinks(link.content, to: &output)
            case .footnoteReference: break
            default: render(inline, to: &output)
            }
        }
    }

    /// Renders inlines without typography, as the text of URLs needs.
    private mutating func renderVerbatim(_ inlines: [Inline], to output: inout ByteBuffer) {
        for inline in inlines {
            if case .text(let text) = inline {
                ByteEscaping.appendEscapedMarkup(text, to: &output)
            } else {
                render(inline, to: &output)
            }
        }
    }

    /// `<tag attributes>content</tag>`; `closing` is the Markdown that closed the span, for typography.
    /// In XHTML, emphasis deeper than this is its content alone: with the deepest block
    /// nesting the parser keeps (100 containers), a document then stays within the 256
    /// levels that libxml2, and the reading systems built on it, read.
    static var maximumPhraseDepth: Int { 32 }

    private mutating func renderElement(
        _ tag: StaticString, _ content: [Inline], closing: String, attributes: Attributes, to output: inout ByteBuffer
    ) {
        if dialect == .xhtml && phraseDepth >= Self.maximumPhraseDepth {
            if flattenedBlock != position {
                flattenedBlock = position
                warn("emphasis nested more than \(Self.maximumPhraseDepth) levels deep is written without the deeper levels")
            }
            render(content, closing: closing, to: &output)
            return
        }
        appendOpenTag(tag, attributes, to: &output)
        phraseDepth += 1
        render(content, closing: closing, to: &output)
        phraseDepth -= 1
        output.append("</")
        output.append(tag)
        output.append(">")
    }


    private func appendTitle(_ title: String, to output: inout ByteBuffer) {
        guard !title.isEmpty else { return }
        output.append(" title=\"")
        ByteEscaping.appendEscapedMarkup(title, to: &output)
        output.append("\"")
    }

    /// The text of inlines without markup, as image alt text needs it.
    private func appendPlainText(_ inlines: [Inline], to output: inout ByteBuffer) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text):
                ByteEscaping.appendEscapedMarkup(text, to: &output)
            case .softBreak, .lineBreak:
                output.append(UInt8(ascii: "\n"))
            case .emphasis(let content), .strong(let content), .strikethrough(let content):
                appendPlainText(content, to: &output)
            case .link(let link):
                appendPlainText(link.content, to: &output)
            case .image(let image):
                appendPlainText(image.description, to: &output)
            case .math(let tex):
                ByteEscaping.appendEscapedMarkup(tex, to: &output)
            case .abbreviation(let abbreviation):
                ByteEscaping.appendEscapedMarkup(abbreviation.text, to: &output)
            case .attributed(let attributed):
                appendPlainText([attributed.inline], to: &output)
            case .html, .footnoteReference:
                break
            }
        }
    }
}


extension Inline {
    /// Whether the inline is written without an element of its own to carry attributes.
    var isWrittenWithoutElement: Bool {
        switch self {
        case .text, .softBreak, .lineBreak, .html, .footnoteReference: true
        default: false
        }
    }
}

extension Attributes {
    /// These attributes with `outer` on top: the outer identifier wins, classes and pairs are added.
    func merging(_ outer: Attributes) -> Attributes {
        guard !outer.isEmpty else { return self }
        var merged = self
        if let id = outer.id { merged.id = id }
        merged.classes += outer.classes.filter { !merged.classes.contains($0) }
        merged.pairs = merged.pairs.filter { pair in !outer.pairs.contains { $0.key == pair.key } } + outer.pairs
        return merged
    }
}

/// The addresses content documents refuse: a refused scheme, or a web address that the
/// URL Standard cannot parse, which would be a broken link in a book.
enum AddressRefusal {
    /// The warning for `address` (an image's source, or a link's destination) when it is refused; nil otherwise.
    static func warning(for address: String, isImageSource: Bool) -> String? {
        let what = isImageSource ? "an image with" : "a link to"
        if let scheme = URLPolicy.refusedScheme(of: address, isImageSource: isImageSource) {
            return "dropped \(what) a \(scheme): address"
        }
        let scheme = address.trimmingWhitespace.prefix { $0 != ":" }.lowercased()
        if ["http", "https", "ftp", "ws", "wss"].contains(scheme), WebAddress(parsing: address) == nil {
            return "dropped \(what) \"\(address)\", which is not a URL"
        }
        return nil
    }
}
