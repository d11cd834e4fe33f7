import OctavoModel

/// Renders blocks and inlines as HTML, numbering footnotes in the order they are referenced.
struct HTMLRenderer {
    let options: WriterOptions
    let footnotes: FootnoteIndex
    let outline: Outline
    /// Footnote labels in the order of their first reference.
    private var footnoteOrder: [String] = []
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteReferenceCounts: [String: Int] = [:]
    private var typography = Typography()

    init(options: WriterOptions, footnotes: FootnoteIndex, outline: Outline) {
        self.options = options
        self.footnotes = footnotes
        self.outline = outline
    }

    mutating func render(_ blocks: [Block], to output: inout ByteBuffer) {
        for block in blocks { render(block, tight: false, to: &output) }
    }

    /// Writes the referenced footnotes, in reference order, as a closing section.
    mutating func renderFootnotes(to output: inout ByteBuffer) {
        guard !footnoteOrder.isEmpty else { return }
        output.append("<section class=\"footnotes\">\n<ol>\n")
        var index = 0
        while index < footnoteOrder.count {
            let label = footnoteOrder[index]
            index += 1
            guard let definition = footnotes.definitions[label] else { continue }
            let number = String(index)
            output.append("<li id=\"fn")
            output.append(string: number)
            output.append("\">\n")
            let backReference = "<a href=\"#fnref\(number)\" class=\"footnote-backref\">↩</a>"
            for (position, block) in definition.blocks.enumerated() {
                let isLast = position == definition.blocks.count - 1
                if isLast, case .paragraph(let content) = block.kind {
                    output.append("<p>")
                    render(content, to: &output)
                    output.append(" ")
                    output.append(string: backReference)
                    output.append("</p>\n")
                } else {
                    render(block, tight: false, to: &output)
                    if isLast {
                        output.append(string: backReference)
                        output.append(UInt8(ascii: "\n"))
                    }
                }
            }
            output.append("</li>\n")
        }
        output.append("</ol>\n</section>\n")
    }

    // MARK: - Blocks

    private mutating func render(_ block: Block, tight: Bool, to output: inout ByteBuffer) {
        switch block.kind {
        case .paragraph(let content):
            if tight && block.attributes.isEmpty {
                render(content, to: &output)
            } else {
                appendOpenTag("p", block.attributes, to: &output)
                render(content, to: &output)
                output.append("</p>\n")
            }
        case .heading(let heading):
            let level = UInt8(ascii: "0") + UInt8(clamping: heading.level)
            output.append("<h")
            output.append(level)
            appendAttributes(block.attributes, to: &output)
            output.append(">")
            render(heading.content, to: &output)
            output.append("</h")
            output.append(level)
            output.append(">\n")
        case .thematicBreak:
            output.append("<hr")
            appendAttributes(block.attributes, to: &output)
            output.append(" />\n")
        case .blockQuote(let children):
            appendOpenTag("blockquote", block.attributes, to: &output)
            output.append(UInt8(ascii: "\n"))
            render(children, to: &output)
            output.append("</blockquote>\n")
        case .list(let list):
            renderList(list, attributes: block.attributes, to: &output)
        case .codeBlock(let code):
            output.append("<pre")
            appendAttributes(block.attributes, to: &output)
            output.append("><code")
            if let language = code.language {
                output.append(" class=\"language-")
                ByteEscaping.appendEscapedMarkup(language, to: &output)
                output.append("\"")
            }
            output.append(">")
            ByteEscaping.appendEscapedMarkup(code.text, to: &output)
            output.append("</code></pre>\n")
        case .html(let html):
            appendRawHTML(html, to: &output)
        case .table(let table):
            renderTable(table, attributes: block.attributes, to: &output)
        case .footnoteDefinition:
            break
        case .math(let tex):
            var attributes = block.attributes
            attributes.classes = ["math", "display"] + attributes.classes
            output.append("<div")
            appendAttributes(attributes, to: &output)
            output.append(">\\[")
            ByteEscaping.appendEscapedMarkup(tex, to: &output)
            output.append("\\]</div>\n")
        case .tableOfContents:
            renderTableOfContents(block.attributes, to: &output)
        case .definitionList(let list):
            renderDefinitionList(list, attributes: block.attributes, to: &output)
        }
    }

    /// The headings with identifiers as nested lists of links, the way kramdown renders `{:toc}`.
    private mutating func renderTableOfContents(_ attributes: Attributes, to output: inout ByteBuffer) {
        guard !outline.entries.isEmpty else { return }
        var attributes = attributes
        if attributes.id == nil { attributes.id = "markdown-toc" }
        appendOpenTag("ul", attributes, to: &output)
        output.append(UInt8(ascii: "\n"))
        var open: [(level: Int, hasSublist: Bool)] = []
        for entry in outline.entries {
            while let last = open.last, last.level >= entry.level {
                open.removeLast()
                if last.hasSublist { output.append("</ul>\n") }
                output.append("</li>\n")
            }
            if let parent = open.indices.last, !open[parent].hasSublist {
                output.append("\n<ul>\n")
                open[parent].hasSublist = true
            }
            output.append("<li><a href=\"#")
            ByteEscaping.appendEscapedMarkup(entry.id, to: &output)
            output.append("\" id=\"markdown-toc-")
            ByteEscaping.appendEscapedMarkup(entry.id, to: &output)
            output.append("\">")
            renderWithoutLinks(entry.content, to: &output)
            output.append("</a>")
            open.append((entry.level, false))
        }
        while let last = open.popLast() {
            if last.hasSublist { output.append("</ul>\n") }
            output.append("</li>\n")
        }
        output.append("</ul>\n")
    }

    /// Inlines as in a table of contents: links keep only their text, footnote references vanish.
    private mutating func renderWithoutLinks(_ inlines: [Inline], to output: inout ByteBuffer) {
        for inline in inlines {
            switch inline {
            case .link(let link): renderWithoutLinks(link.content, to: &output)
            case .footnoteReference: break
            default: render(inline, to: &output)
            }
        }
    }

    /// `<tag id="…" class="…" key="…">`.
    private func appendOpenTag(_ tag: StaticString, _ attributes: Attributes, to output: inout ByteBuffer) {
        output.append("<")
        output.append(tag)
        appendAttributes(attributes, to: &output)
        output.append(">")
    }

    /// ` id="…" class="…" key="…"` for non-empty attributes.
    private func appendAttributes(_ attributes: Attributes, to output: inout ByteBuffer) {
        if let id = attributes.id {
            output.append(" id=\"")
            ByteEscaping.appendEscapedMarkup(id, to: &output)
            output.append("\"")
        }
        if !attributes.classes.isEmpty {
            output.append(" class=\"")
            ByteEscaping.appendEscapedMarkup(attributes.classes.joined(separator: " "), to: &output)
            output.append("\"")
        }
        for pair in attributes.pairs {
            output.append(" ")
            ByteEscaping.appendEscapedMarkup(pair.key, to: &output)
            output.append("=\"")
            ByteEscaping.appendEscapedMarkup(pair.value, to: &output)
            output.append("\"")
        }
    }

    private mutating func renderList(_ list: List, attributes: Attributes, to output: inout ByteBuffer) {
        let closing: StaticString
        switch list.marker {
        case .bullet:
            appendOpenTag("ul", attributes, to: &output)
            output.append(UInt8(ascii: "\n"))
            closing = "</ul>\n"
        case .ordered(let start, _):
            output.append("<ol")
            if start != 1 {
                output.append(" start=\"")
                output.append(decimal: start)
                output.append("\"")
            }
            appendAttributes(attributes, to: &output)
            output.append(">\n")
            closing = "</ol>\n"
        }
        for item in list.items {
            output.append("<li>")
            switch item.task {
            case .checked?: output.append("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ")
            case .unchecked?: output.append("<input type=\"checkbox\" disabled=\"\" /> ")
            case nil: break
            }
            for block in item.blocks {
                let isTightParagraph: Bool
                if list.isTight, case .paragraph = block.kind { isTightParagraph = true } else { isTightParagraph = false }
                if !isTightParagraph, output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
                render(block, tight: list.isTight, to: &output)
            }
            output.append("</li>\n")
        }
        output.append(closing)
    }

    /// `<dl>` with a `<dt>` per term and a `<dd>` per definition; a tight definition's
    /// first paragraph goes without `<p>`, as kramdown writes it.
    private mutating func renderDefinitionList(_ list: DefinitionList, attributes: Attributes, to output: inout ByteBuffer) {
        appendOpenTag("dl", attributes, to: &output)
        output.append(UInt8(ascii: "\n"))
        for item in list.items {
            for term in item.terms {
                appendOpenTag("dt", term.attributes, to: &output)
                render(term.content, to: &output)
                output.append("</dt>\n")
            }
            for definition in item.definitions {
                appendOpenTag("dd", definition.attributes, to: &output)
                for (index, block) in definition.blocks.enumerated() {
                    if index == 0, definition.isTight, block.attributes.isEmpty, case .paragraph(let content) = block.kind {
                        render(content, to: &output)
                        continue
                    }
                    if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
                    render(block, tight: false, to: &output)
                }
                output.append("</dd>\n")
            }
        }
        output.append("</dl>\n")
    }

    private mutating func renderTable(_ table: Table, attributes: Attributes, to output: inout ByteBuffer) {
        appendOpenTag("table", attributes, to: &output)
        output.append(UInt8(ascii: "\n"))
        if !table.header.isEmpty {
            output.append("<thead>\n<tr>\n")
            for (column, cell) in table.header.enumerated() {
                renderCell(cell, tag: "th", alignment: table.alignments[column], to: &output)
            }
            output.append("</tr>\n</thead>\n")
        }
        if !table.rows.isEmpty {
            output.append("<tbody>\n")
            for row in table.rows {
                output.append("<tr>\n")
                for (column, cell) in row.enumerated() {
                    renderCell(cell, tag: "td", alignment: table.alignments[column], to: &output)
                }
                output.append("</tr>\n")
            }
            output.append("</tbody>\n")
        }
        output.append("</table>\n")
    }

    private mutating func renderCell(_ cell: [Inline], tag: StaticString, alignment: ColumnAlignment, to output: inout ByteBuffer) {
        output.append("<")
        output.append(tag)
        switch alignment {
        case .none: break
        case .left: output.append(" align=\"left\"")
        case .center: output.append(" align=\"center\"")
        case .right: output.append(" align=\"right\"")
        }
        output.append(">")
        render(cell, to: &output)
        output.append("</")
        output.append(tag)
        output.append(">\n")
    }

    // MARK: - Inlines

    /// Renders a sequence of inlines; `closing` is the delimiter of the element that
    /// encloses them, which typography reads as the text after the last one.
    private mutating func render(_ inlines: [Inline], closing: String = "", to output: inout ByteBuffer) {
        guard options.typography else {
            for inline in inlines { render(inline, to: &output) }
            return
        }
        typography.before = .nothing
        for index in inlines.indices {
            if case .text(let text) = inlines[index] {
                let following = Typography.Lookahead(inlines[(index + 1)...], closing: closing)
                typography.append(text, followedBy: following, to: &output)
            } else {
                render(inlines[index], to: &output)
                typography.pass(inlines[index])
            }
        }
    }

    /// Writes `inline`; `attributes` (from a span attribute list) go on its element, or on
    /// a `<span>` around it when it has none.
    private mutating func render(_ inline: Inline, attributes: Attributes = Attributes(), to output: inout ByteBuffer) {
        if !attributes.isEmpty, Self.isWithoutElement(inline) {
            appendOpenTag("span", attributes, to: &output)
            render(inline, to: &output)
            output.append("</span>")
            return
        }
        switch inline {
        case .text(let text):
            if options.typography {
                typography.append(text, followedBy: .end, to: &output)
            } else {
                ByteEscaping.appendEscapedMarkup(text, to: &output)
            }
        case .softBreak:
            output.append(UInt8(ascii: "\n"))
        case .lineBreak:
            output.append("<br />\n")
        case .html(let html):
            appendRawHTML(html, to: &output)
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
            output.append("<a href=\"")
            ByteEscaping.appendEscapedURL(link.destination, to: &output)
            output.append("\"")
            appendTitle(link.title, to: &output)
            appendAttributes(Self.merging(link.attributes, attributes), to: &output)
            output.append(">")
            switch link.style {
            case .inline, .reference: render(link.content, closing: "]", to: &output)
            case .autolink, .bare: renderVerbatim(link.content, to: &output)
            }
            output.append("</a>")
        case .image(let image):
            output.append("<img src=\"")
            ByteEscaping.appendEscapedURL(image.source, to: &output)
            output.append("\" alt=\"")
            appendPlainText(image.description, to: &output)
            output.append("\"")
            appendTitle(image.title, to: &output)
            appendAttributes(Self.merging(image.attributes, attributes), to: &output)
            output.append(" />")
        case .math(let tex):
            var attributes = attributes
            attributes.classes = ["math", "inline"] + attributes.classes
            output.append("<span")
            appendAttributes(attributes, to: &output)
            output.append(">\\(")
            ByteEscaping.appendEscapedMarkup(tex, to: &output)
            output.append("\\)</span>")
        case .abbreviation(let abbreviation):
            output.append("<abbr")
            appendTitle(abbreviation.title, to: &output)
            appendAttributes(attributes, to: &output)
            output.append(">")
            ByteEscaping.appendEscapedMarkup(abbreviation.text, to: &output)
            output.append("</abbr>")
        case .attributed(let attributed):
            render(attributed.inline, attributes: Self.merging(attributed.attributes, attributes), to: &output)
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

    /// Whether an inline is written without an element of its own to carry attributes.
    private static func isWithoutElement(_ inline: Inline) -> Bool {
        switch inline {
        case .text, .softBreak, .lineBreak, .html, .footnoteReference: true
        default: false
        }
    }

    /// `<tag attributes>content</tag>`; `closing` is the Markdown that closed the span, for typography.
    private mutating func renderElement(
        _ tag: StaticString, _ content: [Inline], closing: String, attributes: Attributes, to output: inout ByteBuffer
    ) {
        appendOpenTag(tag, attributes, to: &output)
        render(content, closing: closing, to: &output)
        output.append("</")
        output.append(tag)
        output.append(">")
    }

    /// `inner` with `outer` on top: the outer identifier wins, classes and pairs are added.
    private static func merging(_ inner: Attributes, _ outer: Attributes) -> Attributes {
        guard !outer.isEmpty else { return inner }
        var merged = inner
        if let id = outer.id { merged.id = id }
        merged.classes += outer.classes.filter { !merged.classes.contains($0) }
        merged.pairs = merged.pairs.filter { pair in !outer.pairs.contains { $0.key == pair.key } } + outer.pairs
        return merged
    }

    private mutating func renderFootnoteReference(_ label: String, to output: inout ByteBuffer) {
        let number: Int
        if let existing = footnoteNumbers[label] {
            number = existing
        } else {
            footnoteOrder.append(label)
            number = footnoteOrder.count
            footnoteNumbers[label] = number
        }
        let count = footnoteReferenceCounts[label, default: 0] + 1
        footnoteReferenceCounts[label] = count
        output.append("<sup class=\"footnote-ref\"><a href=\"#fn")
        output.append(decimal: number)
        output.append("\" id=\"fnref")
        output.append(decimal: number)
        if count > 1 {
            output.append("-")
            output.append(decimal: count)
        }
        output.append("\">")
        output.append(decimal: number)
        output.append("</a></sup>")
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

    private func appendRawHTML(_ html: String, to output: inout ByteBuffer) {
        guard options.filtersDisallowedRawHTML else {
            output.append(string: html)
            return
        }
        TagFilter.append(html, to: &output)
    }
}
