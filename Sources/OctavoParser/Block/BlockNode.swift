import OctavoModel

/// A block under construction in the block phase.
///
/// Containers hold children; leaves collect their raw lines in `content`. Nodes
/// are reference types only while parsing; `BlockTreeBuilder` turns them into
/// the value-typed `Block` tree.
final class BlockNode {
    enum Kind {
        case document
        case blockQuote
        case list(ListData)
        case listItem(ListData)
        case footnoteDefinition(label: String)
        case paragraph
        case heading(level: Int, style: HeadingStyle)
        case thematicBreak
        case fencedCode(FenceData)
        /// kramdown display math `$$...$$`; a candidate until the line after it shows it stands alone.
        case math(isClosed: Bool)
        case indentedCode
        case html(kind: HTMLBlockKind)
        /// kramdown: a block-level HTML element kept raw up to its matching end tag.
        case htmlElement(name: [UInt8], depth: Int)
        case table(TableData)
        /// kramdown rows that start with `|`; a table if a blank line (or the end) follows.
        case tableRows
        /// kramdown `{::comment}` or `{::nomarkdown}` up to its closing line; `keepsContent`
        /// is false for nomarkdown meant for another output than HTML.
        case extensionBlock(ExtensionSyntax.Name, keepsContent: Bool)
        /// kramdown: terms and definitions.
        case definitionList
        /// One line of a definition list's terms; `content` is its text.
        case definitionTerm
        /// A definition after `: `, holding blocks like a list item.
        case definition(DefinitionData)
    }

    // The block phase works on one thread and never holds two accesses to a field of
    // one node at once, so the run-time exclusivity checks Swift makes on class fields
    // (a fifth of the phase's time) are left out for those it changes.
    @exclusivity(unchecked) var kind: Kind
    /// The enclosing block; the document owns every node, so parents outlive children.
    unowned(unsafe) var parent: BlockNode?
    @exclusivity(unchecked) var children: [BlockNode] = []
    @exclusivity(unchecked) var isOpen = true
    let start: SourcePosition
    @exclusivity(unchecked) var endLine: Int
    @exclusivity(unchecked) var endColumn: Int
    /// Raw text of leaf blocks: lines joined with line feeds.
    @exclusivity(unchecked) var content: [UInt8] = []
    /// Attributes from kramdown attribute lists, with the names of the definitions they
    /// refer to (`toc` among them); nil, with nothing to free, for the blocks that have none.
    @exclusivity(unchecked) var attributeList: AttributeList?
    /// Containers nested around this node (the document is depth 0).
    let depth: Int

    init(_ kind: Kind, start: SourcePosition, parent: BlockNode?) {
        self.kind = kind
        self.start = start
        self.endLine = start.line
        self.endColumn = start.column
        self.parent = parent
        self.depth = (parent?.depth ?? -1) + 1
    }

    /// Whether a child of `childKind` may be added directly to this node.
    func canContain(_ childKind: Kind) -> Bool {
        switch kind {
        case .document, .blockQuote, .listItem, .footnoteDefinition, .definition:
            switch childKind {
            case .listItem, .definitionTerm, .definition: return false
            default: return true
            }
        case .list:
            if case .listItem = childKind { return true }
            return false
        case .definitionList:
            switch childKind {
            case .definitionTerm, .definition: return true
            default: return false
            }
        case .paragraph, .heading, .thematicBreak, .fencedCode, .math, .indentedCode, .html, .htmlElement, .table,
             .tableRows, .definitionTerm, .extensionBlock:
            return false
        }
    }

    /// Leaves that take the text of following lines.
    var acceptsLines: Bool {
        switch kind {
        case .paragraph, .fencedCode, .math, .indentedCode, .html, .htmlElement, .table, .tableRows, .extensionBlock: true
        default: false
        }
    }

    var lastChild: BlockNode? { children.last }
}

extension BlockNode.Kind {
    /// The kind is a list.
    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    /// The kind is a definition list.
    var isDefinitionList: Bool {
        if case .definitionList = self { return true }
        return false
    }

    /// The kind is a footnote definition.
    var isFootnoteDefinition: Bool {
        if case .footnoteDefinition = self { return true }
        return false
    }

    /// The kind is a list item.
    var isListItem: Bool {
        if case .listItem = self { return true }
        return false
    }
}

/// What a list or list item knows about its marker.
struct ListData {
    var marker: ListMarker
    /// Columns from the start of the line to the marker.
    var markerOffset: Int
    /// Columns from the marker to the item's content.
    var padding: Int
    var isTight = true
    /// kramdown, for an item: whether its first paragraph goes without `<p>`.
    var kramdownTightness: Bool?

    /// Whether an item with `other` marker continues a list with this one; in kramdown
    /// every bullet continues a bullet list.
    func matches(_ other: ListData, kramdown: Bool) -> Bool {
        switch (marker, other.marker) {
        case let (.bullet(a), .bullet(b)): kramdown || a == b
        case let (.ordered(_, a), .ordered(_, b)): a == b
        default: false
        }
    }
}

/// Where a definition's content starts, and whether a blank line came before its `:`.
struct DefinitionData {
    /// Columns from the start of the line to the `:`.
    var markerOffset: Int
    /// Columns from the `:` to the definition's content.
    var padding: Int
    var isTight: Bool
}

/// The opening fence of a fenced code block.
struct FenceData {
    var character: UInt8
    var length: Int
    /// Indentation of the opening fence, removed from content lines.
    var offset: Int
    var info: String
}

/// A table's columns and the rows seen so far.
struct TableData {
    var alignments: [ColumnAlignment]
    /// Raw cell text of the header row, `\|` already unescaped.
    var header: [[UInt8]]
    /// Raw cell text of each body row, padded or cut to the column count.
    var rows: [[[UInt8]]] = []
}
