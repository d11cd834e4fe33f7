import OctavoModel

/// Renders blocks and inlines as HTML, numbering footnotes in the order they are referenced.
struct HTMLRenderer {
    let options: WriterOptions
    let footnotes: FootnoteIndex
    /// Footnote labels in the order of their first reference.
    private var footnoteOrder: [String] = []
    private var footnoteNumbers: [String: Int] = [:]
    private var footnoteReferenceCounts: [String: Int] = [:]

    init(options: WriterOptions, footnotes: FootnoteIndex) {
        self.options = options
        self.footnotes = footnotes
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
            if tight {
                render(content, to: &output)
            } else {
                output.append("<p>")
                render(content, to: &output)
                output.append("</p>\n")
            }
        case .heading(let heading):
            let level = UInt8(ascii: "0") + UInt8(clamping: heading.level)
            output.append("<h")
            output.append(level)
            output.append(">")
            render(heading.content, to: &output)
            output.append("</h")
            output.append(level)
            output.append(">\n")
        case .thematicBreak:
            output.append("<hr />\n")
        case .blockQuote(let children):
            output.append("<blockquote>\n")
            render(children, to: &output)
            output.append("</blockquote>\n")
        case .list(let list):
            renderList(list, to: &output)
        case .codeBlock(let code):
            output.append("<pre><code")
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
            renderTable(table, to: &output)
        case .footnoteDefinition:
            break
        }
    }

    private mutating func renderList(_ list: List, to output: inout ByteBuffer) {
        let closing: StaticString
        switch list.marker {
        case .bullet:
            output.append("<ul>\n")
            closing = "</ul>\n"
        case .ordered(let start, _):
            if start == 1 {
                output.append("<ol>\n")
            } else {
                output.append("<ol start=\"")
                output.append(decimal: start)
                output.append("\">\n")
            }
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

    private mutating func renderTable(_ table: Table, to output: inout ByteBuffer) {
        output.append("<table>\n<thead>\n<tr>\n")
        for (column, cell) in table.header.enumerated() {
            renderCell(cell, tag: "th", alignment: table.alignments[column], to: &output)
        }
        output.append("</tr>\n</thead>\n")
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

    private mutating func render(_ inlines: [Inline], to output: inout ByteBuffer) {
        for inline in inlines { render(inline, to: &output) }
    }

    private mutating func render(_ inline: Inline, to output: inout ByteBuffer) {
        switch inline {
        case .text(let text):
            ByteEscaping.appendEscapedMarkup(text, to: &output)
        case .softBreak:
            output.append(UInt8(ascii: "\n"))
        case .lineBreak:
            output.append("<br />\n")
        case .code(let code):
            output.append("<code>")
            ByteEscaping.appendEscapedMarkup(code, to: &output)
            output.append("</code>")
        case .emphasis(let content):
            output.append("<em>")
            render(content, to: &output)
            output.append("</em>")
        case .strong(let content):
            output.append("<strong>")
            render(content, to: &output)
            output.append("</strong>")
        case .strikethrough(let content):
            output.append("<del>")
            render(content, to: &output)
            output.append("</del>")
        case .link(let link):
            output.append("<a href=\"")
            ByteEscaping.appendEscapedURL(link.destination, to: &output)
            output.append("\"")
            appendTitle(link.title, to: &output)
            output.append(">")
            render(link.content, to: &output)
            output.append("</a>")
        case .image(let image):
            output.append("<img src=\"")
            ByteEscaping.appendEscapedURL(image.source, to: &output)
            output.append("\" alt=\"")
            appendPlainText(image.description, to: &output)
            output.append("\"")
            appendTitle(image.title, to: &output)
            output.append(" />")
        case .html(let html):
            appendRawHTML(html, to: &output)
        case .footnoteReference(let label):
            renderFootnoteReference(label, to: &output)
        }
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
