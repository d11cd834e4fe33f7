import OctavoModel
import OctavoXML

/// An inline sequence holding raw HTML, while XHTML sanitises it as one fragment: the
/// raw HTML is the fragment's markup, every other inline a slot rendered when the
/// sanitiser reaches it.
struct SanitizedRun {
    let inlines: [Inline]
    let closing: String
    /// The lowest slot not yet rendered: slots come in order, each once.
    var nextSlot = 0

    /// The HTML the sanitiser reads for `inlines`: their raw HTML, with a slot marker
    /// for every other inline.
    static func html(of inlines: [Inline]) -> String {
        var html = ""
        for (index, inline) in inlines.enumerated() {
            if case .html(let raw) = inline {
                html += withoutSlotMarkers(raw)
            } else {
                html += HTMLFragment.slotMarker(index)
            }
        }
        return html
    }

    /// `html` without the private-use characters that mark slots, so none can be forged.
    static func withoutSlotMarkers(_ html: String) -> String {
        guard html.unicodeScalars.contains(where: { $0 == "\u{E000}" || $0 == "\u{E001}" }) else { return html }
        return String(String.UnicodeScalarView(html.unicodeScalars.filter { $0 != "\u{E000}" && $0 != "\u{E001}" }))
    }

    /// Takes slot `index` when it is the next one (slots come in order, each once) and
    /// returns the inline it stands for; nil for a slot already taken or unknown.
    mutating func take(_ index: Int) -> Inline? {
        guard index >= nextSlot, index < inlines.count else { return nil }
        nextSlot = index + 1
        return inlines[index]
    }
}

extension MarkupRenderer {
    /// Raw HTML: in HTML as written (GFM's disallowed tags escaped when the options ask
    /// for it), in XHTML sanitised for `context`, with a warning for what it lost.
    mutating func appendRawHTML(_ html: String, context: FragmentContext, to output: inout ByteBuffer) {
        switch dialect {
        case .html:
            if filtersDisallowedRawHTML {
                TagFilter.append(html, to: &output)
            } else {
                output.append(string: html)
            }
        case .xhtml:
            appendSanitized(SanitizedRun.withoutSlotMarkers(html), context: context, to: &output)
            if context == .flow, output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        }
    }

    /// XHTML: `inlines` as one phrasing fragment, its raw HTML sanitised around the rest.
    mutating func renderSanitized(_ inlines: [Inline], closing: String, to output: inout ByteBuffer) {
        typography.before = .nothing
        runs.append(SanitizedRun(inlines: inlines, closing: closing))
        appendSanitized(SanitizedRun.html(of: inlines), context: linkDepth > 0 ? .linkText : .phrasing, to: &output)
        runs.removeLast()
    }

    private mutating func appendSanitized(_ html: String, context: FragmentContext, to output: inout ByteBuffer) {
        let fragment = HTMLFragment.sanitize(html, context: context, maximumDepth: rawHTMLDepth, references: &self)
        output.append(string: fragment.xhtml)
        if !fragment.removed.isEmpty {
            warn("dropped " + fragment.removed.joined(separator: ", ") + " from raw HTML")
        }
    }

    /// How deep raw HTML may nest here (see `rawHTMLDepth(inside:)`).
    private var rawHTMLDepth: Int {
        Self.rawHTMLDepth(inside: openElements)
    }

    /// How deep raw HTML may nest inside `openElements` elements: what the page has
    /// left after them, emphasis to its deepest (around the HTML or in its slots), and a
    /// link, a footnote mark or an image's placeholder.
    static func rawHTMLDepth(inside openElements: Int) -> Int {
        HTMLFragment.maximumDocumentDepth - openElements - maximumPhraseDepth - 4
    }
}

extension MarkupRenderer: FragmentReferences {
    mutating func image(_ image: FragmentImage) -> FragmentImage.Replacement {
        switch resources.image(image.source, at: position) {
        case .href(let href):
            return .source(href)
        case .placeholder:
            var buffer = ByteBuffer(capacity: 256)
            if image.isInsideLink { linkDepth += 1 }
            appendImagePlaceholder(alternative: image.alternative, source: image.source, to: &buffer)
            if image.isInsideLink { linkDepth -= 1 }
            return .markup(buffer.string)
        }
    }

    mutating func link(_ href: String) -> String {
        identifiers.target(of: resources.link(href, at: position))
    }

    mutating func identifier(_ id: String) -> String? {
        identifiers.claim(id)
    }

    mutating func slot(_ index: Int, insideLink: Bool, depth: Int) -> String {
        guard !runs.isEmpty, runs[runs.count - 1].take(index) != nil, let run = runs.last else { return "" }
        openElements += depth
        defer { openElements -= depth }
        var buffer = ByteBuffer(capacity: 256)
        if insideLink { linkDepth += 1 }
        if appliesTypography {
            if index > 0, case .html = run.inlines[index - 1] { typography.before = .nothing }
            renderTypographic(run.inlines, at: index, closing: run.closing, to: &buffer)
        } else {
            render(run.inlines[index], to: &buffer)
        }
        if insideLink { linkDepth -= 1 }
        return buffer.string
    }
}
