import OctavoModel
import OctavoXML

/// Renders blocks and inlines as HTML or as the XHTML of a content document (see
/// `MarkupDialect`), numbering footnotes in the order they are referenced and asking
/// `resources` where images and links point.
struct MarkupRenderer<Resources: ContentResources> {
    let options: WriterOptions
    let dialect: MarkupDialect
    /// Whether text gets kramdown's typography (see `WriterOptions.typography`).
    let appliesTypography: Bool
    /// Whether GFM's disallowed raw HTML is escaped (HTML only).
    let filtersDisallowedRawHTML: Bool
    /// Whether fenced code in a known language gets highlighting spans.
    let highlightsCode: Bool
    let footnotes: FootnoteIndex
    let outline: Outline
    var resources: Resources
    /// XHTML: the identifiers written so far and those kept for headings.
    var identifiers: IdentifierRegistry
    /// XHTML: what the post lost (raw HTML, refused addresses), as warnings with empty paths.
    var diagnostics: [Diagnostic] = []
    /// Whether any math was written as MathML.
    var containsMathML = false
    /// Whether any math was written as TeX for MathJax.
    var containsTeXMath = false
    /// Where the block being written starts.
    var position = SourcePosition(line: 1, column: 1)
    /// XHTML: how many elements enclose the block being written, the page's `html` and
    /// `body` included, and those of raw HTML around a slot; raw HTML nests only as deep
    /// as the rest of `HTMLFragment.maximumDocumentDepth` allows.
    var openElements = 2
    /// How many links enclose what is being written.
    var linkDepth = 0
    /// How many `em`, `strong` and `del` elements enclose what is being written.
    var phraseDepth = 0
    /// XHTML: the block where emphasis was last written without its element for being
    /// too deep, so that the warning comes once per block.
    var flattenedBlock: SourcePosition?
    /// XHTML: the inline sequences whose raw HTML is being sanitised, innermost last.
    var runs: [SanitizedRun] = []
    /// Footnote labels in the order of their first reference.
    var footnoteOrder: [String] = []
    var footnoteNumbers: [String: Int] = [:]
    var footnoteReferenceCounts: [String: Int] = [:]
    var typography = Typography()

    /// A renderer of `document`'s blocks (or blocks standing for them, as a book's chapter has).
    init(options: WriterOptions, dialect: MarkupDialect, document: Document, footnotes: FootnoteIndex, outline: Outline,
         resources: Resources, identifiers: IdentifierRegistry = IdentifierRegistry()) {
        self.options = options
        self.dialect = dialect
        appliesTypography = options.appliesTypography(to: document)
        filtersDisallowedRawHTML = options.filtersDisallowedRawHTML(in: document)
        highlightsCode = options.highlightsCode ?? (dialect == .xhtml)
        self.footnotes = footnotes
        self.outline = outline
        self.resources = resources
        self.identifiers = identifiers
    }

    mutating func render(_ blocks: [Block], to output: inout ByteBuffer) {
        for block in blocks { render(block, tight: false, to: &output) }
    }

    /// Records a warning about the block being written.
    mutating func warn(_ message: String) {
        diagnostics.append(Diagnostic(.warning, path: "", position: position, message: message))
    }

    // MARK: - Blocks

    mutating func render(_ block: Block, tight: Bool, to output: inout ByteBuffer) {
        position = block.range.start
        let nesting = Self.nesting(of: block.kind)
        openElements += nesting
        defer { openElements -= nesting }
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
            appendAttributes(block.attributes, on: "h\(heading.level)", isHeading: true, to: &output)
            output.append(">")
            render(heading.content, to: &output)
            output.append("</h")
            output.append(level)
            output.append(">\n")
        case .thematicBreak:
            output.append("<hr")
            appendAttributes(block.attributes, on: "hr", to: &output)
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
            appendAttributes(block.attributes, on: "pre", to: &output)
            output.append("><code")
            if let language = code.language {
                output.append(" class=\"language-")
                ByteEscaping.appendEscapedMarkup(language, to: &output)
                output.append("\"")
            }
            output.append(">")
            if !highlightsCode || !CodeHighlighter.appendHighlighted(code.text, language: code.language ?? "", to: &output) {
                ByteEscaping.appendEscapedMarkup(code.text, to: &output)
            }
            output.append("</code></pre>\n")
        case .html(let html):
            appendRawHTML(html, context: .flow, to: &output)
        case .table(let table):
            renderTable(table, attributes: block.attributes, to: &output)
        case .footnoteDefinition:
            break
        case .math(let tex):
            appendMath(tex, display: true, attributes: block.attributes, to: &output)
            output.append(UInt8(ascii: "\n"))
        case .tableOfContents:
            renderTableOfContents(block.attributes, to: &output)
        case .definitionList(let list):
            renderDefinitionList(list, attributes: block.attributes, to: &output)
        }
    }

    /// The most elements a block opens around the blocks and inlines inside it.
    static func nesting(of kind: BlockKind) -> Int {
        switch kind {
        case .paragraph, .heading, .blockQuote: 1
        case .list, .definitionList: 2
        case .table: 4
        default: 0
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
            output.append("\"")
            appendAttributes(Attributes(id: "markdown-toc-" + entry.id), on: "a", to: &output)
            output.append(">")
            linkDepth += 1
            renderWithoutLinks(entry.content, to: &output)
            linkDepth -= 1
            output.append("</a>")
            open.append((entry.level, false))
        }
        while let last = open.popLast() {
            if last.hasSublist { output.append("</ul>\n") }
            output.append("</li>\n")
        }
        output.append("</ul>\n")
    }

    /// `<tag id="…" class="…" key="…">`.
    mutating func appendOpenTag(_ tag: StaticString, _ attributes: Attributes, to output: inout ByteBuffer) {
        output.append("<")
        output.append(tag)
        appendAttributes(attributes, on: String(describing: tag), to: &output)
        output.append(">")
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
            appendAttributes(attributes, on: "ol", written: ["start"], to: &output)
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
            for (index, block) in item.blocks.enumerated() {
                // kramdown's item tightness covers the first paragraph only, whose
                // attributes it then drops with its <p>.
                if item.isTight == true, index == 0, case .paragraph(let content) = block.kind {
                    position = block.range.start
                    render(content, to: &output)
                    continue
                }
                let tight = item.isTight.map { $0 && index == 0 } ?? list.isTight
                let isTightParagraph: Bool
                if tight, case .paragraph = block.kind { isTightParagraph = true } else { isTightParagraph = false }
                if !isTightParagraph, output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
                render(block, tight: tight, to: &output)
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

    /// A cell; its column's alignment is the `align` attribute in HTML, a `text-align`
    /// style in XHTML (which has no `align`).
    private mutating func renderCell(_ cell: [Inline], tag: StaticString, alignment: ColumnAlignment, to output: inout ByteBuffer) {
        output.append("<")
        output.append(tag)
        if alignment != .none {
            output.append(dialect == .html ? " align=\"" : " style=\"text-align: ")
            output.append(string: alignment.rawValue)
            output.append("\"")
        }
        output.append(">")
        render(cell, to: &output)
        output.append("</")
        output.append(tag)
        output.append(">\n")
    }
}
