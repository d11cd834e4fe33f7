import OctavoModel
import OctavoXML

/// What a content document will hold, found on its tree before it is rendered: the
/// identifiers of its elements, and its images, which `resources` is asked about in
/// the order `ContentDocumentRenderer` asks, so that the answers can be given to the
/// renderer unchanged.
///
/// The survey walks the blocks as the renderer writes them — the footnotes referred to
/// after the text, in the order of their first reference — and sanitises raw HTML as
/// the renderer does. An identifier counts only where the renderer writes its element
/// with its attributes: not on the first paragraph of a tight list item, the last
/// paragraph of a footnote, a link inside a link or an image shown as a placeholder.
public struct ContentSurvey: Sendable, Equatable {
    /// Every `id` the rendered document has.
    public var identifiers: Set<String>
    /// Heading identifiers as the post writes them where the document gives the
    /// heading another (`{#fn1}`, `{#a b}`): a link within the document to one of these
    /// reaches its heading.
    public var renamedHeadingIdentifiers: Set<String>

    public init(identifiers: Set<String>, renamedHeadingIdentifiers: Set<String> = []) {
        self.identifiers = identifiers
        self.renamedHeadingIdentifiers = renamedHeadingIdentifiers
    }

    /// Surveys `document` as `ContentDocumentRenderer.render` will write it with `settings`.
    public static func survey(_ document: Document, settings: ContentDocumentSettings,
                              resources: inout some ImageResources) -> ContentSurvey {
        let (blocks, registry) = ContentDocumentRenderer.blocks(of: document, settings: settings)
        var walk = SurveyWalk(resources: resources, footnotes: FootnoteIndex(blocks), outline: Outline(blocks), registry: registry)
        walk.blocks(blocks)
        walk.footnoteSection()
        resources = walk.resources
        return ContentSurvey(identifiers: walk.identifiers, renamedHeadingIdentifiers: Set(registry.renamed.keys))
    }
}

/// The walk behind `ContentSurvey`, mirroring `MarkupRenderer` in XHTML.
private struct SurveyWalk<Resources: ImageResources>: FragmentReferences {
    var resources: Resources
    let footnotes: FootnoteIndex
    let outline: Outline
    var registry: IdentifierRegistry
    var identifiers: Set<String> = []
    var position = SourcePosition(line: 1, column: 1)
    /// The elements enclosing what is surveyed, counted as `MarkupRenderer` counts them.
    var openElements = 2
    var linkDepth = 0
    var phraseDepth = 0
    var runs: [SanitizedRun] = []
    var footnoteOrder: [String] = []
    var footnoteReferenceCounts: [String: Int] = [:]

    // MARK: - Identifiers

    mutating func claim(_ attributes: Attributes) {
        if let id = attributes.xhtmlIdentifier, let claimed = registry.claim(id) { identifiers.insert(claimed) }
    }

    // MARK: - Blocks

    mutating func blocks(_ blocks: [Block]) {
        for block in blocks { self.block(block) }
    }

    mutating func block(_ block: Block) {
        position = block.range.start
        let nesting = MarkupRenderer<UnchangedResources>.nesting(of: block.kind)
        openElements += nesting
        defer { openElements -= nesting }
        switch block.kind {
        case .paragraph(let content):
            claim(block.attributes)
            inlines(content)
        case .heading(let heading):
            if let id = block.attributes.xhtmlIdentifier, let claimed = registry.claimHeading(id) { identifiers.insert(claimed) }
            inlines(heading.content)
        case .thematicBreak, .codeBlock, .math:
            claim(block.attributes)
        case .blockQuote(let children):
            claim(block.attributes)
            blocks(children)
        case .list(let list):
            claim(block.attributes)
            for item in list.items {
                for (index, child) in item.blocks.enumerated() {
                    if item.isTight == true, index == 0, case .paragraph(let content) = child.kind {
                        position = child.range.start
                        inlines(content)
                        continue
                    }
                    self.block(child)
                }
            }
        case .html(let html):
            sanitize(SanitizedRun.withoutSlotMarkers(html), context: .flow)
        case .table(let table):
            claim(block.attributes)
            for cell in table.header + table.rows.flatMap({ $0 }) { inlines(cell) }
        case .footnoteDefinition:
            break
        case .tableOfContents:
            tableOfContents(block.attributes)
        case .definitionList(let list):
            claim(block.attributes)
            for item in list.items {
                for term in item.terms {
                    claim(term.attributes)
                    inlines(term.content)
                }
                for definition in item.definitions {
                    claim(definition.attributes)
                    for (index, child) in definition.blocks.enumerated() {
                        if index == 0, definition.isTight, child.attributes.isEmpty, case .paragraph(let content) = child.kind {
                            inlines(content)
                            continue
                        }
                        self.block(child)
                    }
                }
            }
        }
    }

    mutating func tableOfContents(_ attributes: Attributes) {
        guard !outline.entries.isEmpty else { return }
        var attributes = attributes
        if attributes.id == nil { attributes.id = "markdown-toc" }
        claim(attributes)
        for entry in outline.entries {
            claim(Attributes(id: "markdown-toc-" + entry.id))
            linkDepth += 1
            inlinesWithoutLinks(entry.content)
            linkDepth -= 1
        }
    }

    /// The notes referred to, in the order of their first reference, each its `aside`.
    mutating func footnoteSection() {
        openElements += 3
        defer { openElements -= 3 }
        var index = 0
        while index < footnoteOrder.count {
            let label = footnoteOrder[index]
            index += 1
            guard let definition = footnotes.definitions[label] else { continue }
            identifiers.insert("fn\(index)")
            for (place, child) in definition.blocks.enumerated() {
                if place == definition.blocks.count - 1, case .paragraph(let content) = child.kind {
                    position = child.range.start
                    inlines(content)
                } else {
                    block(child)
                }
            }
        }
    }

    // MARK: - Inlines

    mutating func inlines(_ inlines: [Inline]) {
        if inlines.contains(where: { if case .html = $0 { true } else { false } }) {
            runs.append(SanitizedRun(inlines: inlines, closing: ""))
            sanitize(SanitizedRun.html(of: inlines), context: linkDepth > 0 ? .linkText : .phrasing)
            runs.removeLast()
            return
        }
        for inline in inlines { self.inline(inline) }
    }

    mutating func inline(_ inline: Inline, attributes: Attributes = Attributes()) {
        if !attributes.isEmpty, inline.isWrittenWithoutElement {
            claim(attributes)
            self.inline(inline)
            return
        }
        switch inline {
        case .text, .softBreak, .lineBreak:
            break
        case .html(let html):
            sanitize(SanitizedRun.withoutSlotMarkers(html), context: linkDepth > 0 ? .linkText : .phrasing)
        case .footnoteReference(let label):
            footnoteReference(label)
        case .code, .math, .abbreviation:
            claim(attributes)
        case .emphasis(let content), .strong(let content), .strikethrough(let content):
            guard phraseDepth < MarkupRenderer<UnchangedResources>.maximumPhraseDepth else {
                inlines(content)
                return
            }
            claim(attributes)
            phraseDepth += 1
            inlines(content)
            phraseDepth -= 1
        case .link(let link):
            if linkDepth == 0, AddressRefusal.warning(for: link.destination, isImageSource: false) == nil,
               !link.destination.allSatisfy(\.isWhitespace) {
                claim(link.attributes.merging(attributes))
                linkDepth += 1
                linkContent(link)
                linkDepth -= 1
            } else {
                linkContent(link)
            }
        case .image(let image):
            guard AddressRefusal.warning(for: image.source, isImageSource: true) == nil else { return }
            if case .href = resources.image(image.source, at: position) { claim(image.attributes.merging(attributes)) }
        case .attributed(let attributed):
            self.inline(attributed.inline, attributes: attributed.attributes.merging(attributes))
        }
    }

    mutating func linkContent(_ link: Link) {
        switch link.style {
        case .inline, .reference:
            inlines(link.content)
        case .autolink, .bare:
            for inline in link.content where !inline.isText { self.inline(inline) }
        }
    }

    mutating func inlinesWithoutLinks(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .link(let link): inlinesWithoutLinks(link.content)
            case .footnoteReference: break
            default: self.inline(inline)
            }
        }
    }

    /// A reference's `fnrefN` (`fnrefN-M` for the Mth to the same note); none inside a
    /// link or for a note that is missing.
    mutating func footnoteReference(_ label: String) {
        guard linkDepth == 0, footnotes.definitions[label] != nil else { return }
        if !footnoteOrder.contains(label) { footnoteOrder.append(label) }
        let number = footnoteOrder.firstIndex(of: label)! + 1
        let count = footnoteReferenceCounts[label, default: 0] + 1
        footnoteReferenceCounts[label] = count
        identifiers.insert(count > 1 ? "fnref\(number)-\(count)" : "fnref\(number)")
    }

    // MARK: - Raw HTML

    mutating func sanitize(_ html: String, context: FragmentContext) {
        _ = HTMLFragment.sanitize(html, context: context, maximumDepth: MarkupRenderer<UnchangedResources>.rawHTMLDepth(inside: openElements),
                                  references: &self)
    }

    mutating func image(_ image: FragmentImage) -> FragmentImage.Replacement {
        switch resources.image(image.source, at: position) {
        case .href(let href): .source(href)
        case .placeholder: .markup("")
        }
    }

    func link(_ href: String) -> String { href }

    mutating func identifier(_ id: String) -> String? {
        let claimed = registry.claim(id)
        if let claimed { identifiers.insert(claimed) }
        return claimed
    }

    mutating func slot(_ index: Int, insideLink: Bool, depth: Int) -> String {
        guard !runs.isEmpty, let inline = runs[runs.count - 1].take(index) else { return "" }
        openElements += depth
        defer { openElements -= depth }
        if insideLink { linkDepth += 1 }
        self.inline(inline)
        if insideLink { linkDepth -= 1 }
        return ""
    }
}

private extension Inline {
    var isText: Bool {
        if case .text = self { true } else { false }
    }
}
