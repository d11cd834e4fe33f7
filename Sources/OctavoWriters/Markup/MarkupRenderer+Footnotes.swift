import OctavoModel

extension MarkupRenderer {
    /// A footnote's number, linked to the note. In XHTML it is an EPUB `noteref`, and it
    /// is left out inside a link and when the note is missing.
    mutating func renderFootnoteReference(_ label: String, to output: inout ByteBuffer) {
        if dialect == .xhtml, linkDepth > 0 || footnotes.definitions[label] == nil { return }
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
        output.append(dialect == .html ? "<sup class=\"footnote-ref\"><a href=\"#fn" : "<sup class=\"footnote-ref\"><a epub:type=\"noteref\" href=\"#fn")
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

    /// Writes the referenced footnotes, in reference order, as a closing section: an
    /// ordered list in HTML, EPUB `footnote` asides in XHTML. Each ends with a link back
    /// to its first reference.
    mutating func renderFootnotes(to output: inout ByteBuffer) {
        guard !footnoteOrder.isEmpty else { return }
        openElements += 3  // The section, the note and its last paragraph.
        defer { openElements -= 3 }
        output.append(dialect == .html ? "<section class=\"footnotes\">\n<ol>\n" : "<section class=\"footnotes\" epub:type=\"footnotes\">\n")
        var index = 0
        while index < footnoteOrder.count {
            let label = footnoteOrder[index]
            index += 1
            guard let definition = footnotes.definitions[label] else { continue }
            let number = String(index)
            output.append(dialect == .html ? "<li id=\"fn" : "<aside epub:type=\"footnote\" id=\"fn")
            output.append(string: number)
            output.append("\">\n")
            let backReference = dialect == .html
                ? "<a href=\"#fnref\(number)\" class=\"footnote-backref\">↩</a>"
                : "<a href=\"#fnref\(number)\" class=\"footnote-backref\" epub:type=\"backlink\">↩</a>"
            for (position, block) in definition.blocks.enumerated() {
                let isLast = position == definition.blocks.count - 1
                if isLast, case .paragraph(let content) = block.kind {
                    self.position = block.range.start
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
            output.append(dialect == .html ? "</li>\n" : "</aside>\n")
        }
        output.append(dialect == .html ? "</ol>\n</section>\n" : "</section>\n")
    }
}
