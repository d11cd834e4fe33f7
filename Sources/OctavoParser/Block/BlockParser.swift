#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel

/// The block phase: reads lines into a tree of containers and leaves, following
/// the CommonMark algorithm (open containers are matched, new blocks started, and
/// the rest of the line goes to the innermost block or continues a paragraph lazily).
struct BlockParser {
    /// Containers nested deeper than this are not opened; their markers stay text.
    static let maximumDepth = 100

    private let bytes: [UInt8]
    private let dialect: MarkdownDialect
    private let document: BlockNode
    private var tip: BlockNode
    private var oldTip: BlockNode
    private var lastMatchedContainer: BlockNode
    private var allClosed = true

    private var lineNumber = 0
    private var lineStart = 0
    private var lineEnd = 0
    private var lineLengths: [Int] = []
    private var offset = 0
    private var column = 0
    private var nextNonspace = 0
    private var nextNonspaceColumn = 0
    private var indent = 0
    private var isBlank = false
    private var isIndented: Bool { indent >= 4 }
    private var partiallyConsumedTab = false

    /// Link reference definitions found so far, by normalised label; the first wins.
    private(set) var references: [String: LinkReferenceDefinition] = [:]
    /// Normalised labels of footnote definitions.
    private(set) var footnoteLabels: Set<String> = []
    /// kramdown attribute list definitions (`{:name: ...}`), by name.
    private(set) var attributeDefinitions: [String: AttributeList] = [:]
    /// For each extension, the smallest offset from which a search for its closing line failed.
    private var missingExtensionClosers: [ExtensionSyntax.Name: Int] = [:]
    /// kramdown abbreviation definitions.
    private(set) var abbreviations = Abbreviations()
    /// For each fence character, where and for which length a search for a closing fence failed.
    private var missingFenceClosers: [UInt8: (from: Int, length: Int)] = [:]
    /// Where a search for `$$` found none to the end.
    private var noMathCloserFrom: Int?
    /// The last `$$` found ahead of an open math block's blank line, and whether it closes the block.
    private var mathCloserAhead: (closer: Int, closes: Bool)?
    /// A kramdown attribute list waiting for the next block.
    private var pendingAttributes: AttributeList?
    /// kramdown: the last line of a definition (of a link, an abbreviation or an attribute
    /// list), and whether an attribute list right after it waits for the next block (after
    /// an attribute list definition) or applies to nothing (after the others).
    private var definitionLine: (line: Int, passesAttributesOn: Bool)?
    /// kramdown: the last line that went on a list item as a lazy line.
    private var lazyItemLine = 0
    /// kramdown: the last line that lets the next one go on a footnote definition unindented.
    private var footnoteLazyLine = 0
    /// kramdown: whether the waiting attribute list came after a blank line; only then does
    /// it wait over blank lines too.
    private var pendingAttributesFollowBlank = false
    /// Whether the line before the current one held nothing but spaces and tabs.
    private var previousLineBlank = true
    private var currentLineBlank = true
    /// Whether the line before the current one was blank inside its open containers (`>` alone, say).
    private var previousContentBlank = true
    /// The last line after which kramdown sees a block boundary without a blank line: a
    /// void element (`<hr>`) or the end tag of an element whose content is Markdown.
    private var boundaryLine = 0
    /// Names of the open elements whose content kramdown reads as Markdown (`markdown="1"`), innermost last.
    private var markdownElements: [[UInt8]] = []
    /// The numbers of the lines blank inside their open containers, in order.
    private var blankLines: [Int] = []
    private var currentContentBlank = true

    /// Byte offset where parsing starts (after front matter, say).
    private let startOffset: Int
    /// The line number of the line holding `startOffset`.
    private let firstLine: Int

    init(bytes: [UInt8], dialect: MarkdownDialect, startOffset: Int = 0, firstLine: Int = 1) {
        self.bytes = bytes
        self.dialect = dialect
        self.startOffset = startOffset
        self.firstLine = firstLine
        lineNumber = firstLine - 1
        let root = BlockNode(.document, start: SourcePosition(line: firstLine, column: 1), parent: nil)
        document = root
        tip = root
        oldTip = root
        lastMatchedContainer = root
    }

    /// Reads every line and returns the finished tree.
    mutating func parse() -> BlockNode {
        let count = bytes.count
        let hasCarriageReturns = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return false }
            return memchr(base, 0x0D, raw.count) != nil
        }
        var index = startOffset
        while index < count {
            let end = hasCarriageReturns ? lineEnd(from: index) : newline(from: index)
            processLine(start: index, end: end)
            if end < count, bytes[end] == 0x0D, end + 1 < count, bytes[end + 1] == 0x0A {
                index = end + 2
            } else {
                index = end + 1
            }
        }
        while true {
            let node = tip
            finalize(node, endLine: max(lineNumber, firstLine))
            if node === document { break }
        }
        return document
    }

    /// The index of the next line feed at or after `start`, or the end of the input.
    private func newline(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let found = memchr(buffer.baseAddress! + start, 0x0A, buffer.count - start) else { return buffer.count }
            return buffer.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The index of the next line feed or carriage return at or after `start`, or the end of the input.
    private func lineEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return end
    }

    /// The `(line, column)` of the byte at `index` in the current line.
    private func position(of index: Int) -> SourcePosition {
        SourcePosition(line: lineNumber, column: index - lineStart + 1)
    }

    // MARK: - One line

    private mutating func processLine(start: Int, end: Int) {
        lineNumber += 1
        lineStart = start
        lineEnd = end
        lineLengths.append(end - start)
        offset = start
        column = 0
        isBlank = false
        partiallyConsumedTab = false
        // Node references are assigned only when they change: each retain and release is
        // an atomic operation, on every line.
        if oldTip !== tip { oldTip = tip }
        previousLineBlank = currentLineBlank
        currentLineBlank = true
        for index in start..<end where bytes[index] != 0x20 && bytes[index] != 0x09 {
            currentLineBlank = false
            break
        }
        previousContentBlank = currentContentBlank
        currentContentBlank = false

        var container = document
        while let last = container.lastChild, last.isOpen {
            findNextNonspace()
            let result = continuation(of: last)
            if result == .finished { return }
            if result == .failed { break }
            container = last
        }
        findNextNonspace()
        currentContentBlank = isBlank
        if isBlank {
            blankLines.append(lineNumber)
            if dialect.hasKramdownExtensions, !pendingAttributesFollowBlank { pendingAttributes = nil }
        }

        allClosed = container === oldTip
        if lastMatchedContainer !== container { lastMatchedContainer = container }

        if dialect.hasKramdownExtensions, case .paragraph = container.kind, !isBlank,
           isOnlyReferenceDefinitions(container.content), let parent = container.parent {
            // kramdown: a link definition is a block of its own; any block may follow it.
            finalize(container, endLine: lineNumber - 1)
            definitionLine = (lineNumber - 1, false)
            container = parent
            lastMatchedContainer = parent
            allClosed = container === tip
        }
        var matchedLeaf = container.acceptsLines && !isParagraphLike(container)
        while !matchedLeaf {
            findNextNonspace()
            if !isIndented, isBlank || !mayStartBlock(bytes[nextNonspace]) && !mayStartKramdownRow() {
                advanceNextNonspace()
                break
            }
            switch startBlock(container: container) {
            case .container:
                container = tip
            case .leaf:
                container = tip
                matchedLeaf = true
            case .none:
                advanceNextNonspace()
                matchedLeaf = true
                continue
            }
        }

        // kramdown: a footnote definition takes no lazy lines.
        let lazyIntoFootnote = dialect.hasKramdownExtensions && lastMatchedContainer.lastChild?.kind.isFootnoteDefinition == true
        if !allClosed, !isBlank, !lazyIntoFootnote, !endsKramdownParagraph() {
            switch tip.kind {
            case .paragraph:
                addLine(to: tip)
                return
            case .tableRows:
                // A lazy line goes on kramdown table rows, which stay rows only if it is one too.
                if !TableSyntax.isKramdownRow(bytes[offset..<lineEnd]) { tip.kind = .paragraph }
                addLine(to: tip)
                return
            default:
                break
            }
        }
        closeUnmatchedBlocks()
        switch container.kind {
        case .paragraph, .indentedCode, .tableRows:
            addLine(to: container)
        case .table:
            if offset < lineEnd { addLine(to: container) }
        case .fencedCode:
            if container.start.line != lineNumber { addLine(to: container) }
        case .math:
            let segmentStart = container.content.count
            addLine(to: container)
            checkMathClosing(container, segmentStart: segmentStart)
        case .html(let kind):
            if dialect.hasKramdownExtensions, kind == .comment {
                addKramdownCommentLine(to: container)
                break
            }
            addLine(to: container)
            if !kind.endsAtBlankLine, HTMLBlockStart.containsEnd(of: kind, in: bytes[offset..<lineEnd]) {
                finalize(container, endLine: lineNumber)
            }
        case .htmlElement(let name, let depth):
            let line = bytes[offset..<lineEnd]
            addLine(to: container)
            let nesting = depth + HTMLBlockStart.nestingChange(of: name, in: line)
            container.kind = .htmlElement(name: name, depth: nesting)
            if nesting <= 0 {
                finalize(container, endLine: lineNumber)
                if HTMLBlockStart.isVoid(name) { boundaryLine = lineNumber }
            }
        case .extensionBlock(let name, _):
            if container.start.line == lineNumber { break }
            if ExtensionSyntax.isClosingLine(bytes[offset..<lineEnd], of: name) {
                finalize(container, endLine: lineNumber)
            } else {
                addLine(to: container)
            }
        case .heading, .thematicBreak, .definitionTerm:
            break
        case .document, .blockQuote, .list, .listItem, .footnoteDefinition, .definitionList, .definition:
            if offset < lineEnd, !isBlank {
                let paragraph = addChild(.paragraph, at: nextNonspace)
                advanceNextNonspace()
                addLine(to: paragraph)
            }
        }
    }

    private func isParagraphLike(_ node: BlockNode) -> Bool {
        switch node.kind {
        case .paragraph, .table: true
        default: false
        }
    }

    /// A cheap test: can a line whose first non-space byte is `byte` start a block?
    private func mayStartBlock(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "["), UInt8(ascii: "|"), UInt8(ascii: ":"),
             UInt8(ascii: "{"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// Whether the rest of the line may be a kramdown table row that starts with neither
    /// a pipe nor another block's first byte: kramdown, and a pipe in it.
    private func mayStartKramdownRow() -> Bool {
        dialect.hasKramdownExtensions && bytes[nextNonspace..<lineEnd].contains(UInt8(ascii: "|"))
    }

    // MARK: - Continuing open blocks

    private enum Continuation {
        case matched
        case failed
        /// The line closed the block (a closing code fence) and nothing else is on it.
        case finished
    }

    private mutating func continuation(of node: BlockNode) -> Continuation {
        switch node.kind {
        case .document, .list:
            return .matched
        case .blockQuote:
            guard !isIndented, nextNonspace < lineEnd, bytes[nextNonspace] == UInt8(ascii: ">") else {
                guard isKramdownLazyLine() else { return .failed }
                advanceNextNonspace()
                return .matched
            }
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if offset < lineEnd, isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
            return .matched
        case .listItem(let data):
            // A lazy line keeps its indentation: four spaces make it paragraph text.
            if !isBlank, indent < data.markerOffset + data.padding, isKramdownLazyLine(insideContainers: true),
               !startsItem(like: data.marker) {
                lazyItemLine = lineNumber
                return .matched
            }
            return continueItem(node, contentIndent: data.markerOffset + data.padding)
        case .definition(let data):
            // kramdown: as in a list item, a lazy line goes on a definition, up to the next `: `.
            if !isBlank, indent < data.markerOffset + data.padding, isKramdownLazyLine(insideContainers: true),
               !startsDefinitionMarker() {
                return .matched
            }
            return continueItem(node, contentIndent: data.markerOffset + data.padding)
        case .definitionList:
            return .matched
        case .definitionTerm:
            return .failed
        case .footnoteDefinition:
            if isBlank {
                advanceNextNonspace()
                return .matched
            }
            // kramdown: after an indented line, any line goes on the definition until a blank one.
            if indent < 4, dialect.hasKramdownExtensions, footnoteLazyLine == lineNumber - 1, isKramdownLazyLine() {
                footnoteLazyLine = lineNumber
                return .matched
            }
            guard indent >= 4 else { return .failed }
            advanceOffset(4, columns: true)
            footnoteLazyLine = lineNumber
            return .matched
        case .math(let isClosed):
            if isBlank {
                if !isClosed {
                    if mathClosesAhead(from: lineEnd) {
                        advanceNextNonspace()
                        return .matched
                    }
                    demoteMathToParagraph(node)
                }
                return .failed
            }
            guard isClosed else { return .matched }
            if !isIndented, bytes[nextNonspace] == UInt8(ascii: "{"), let line = AttributeListLine.parse(bytes[nextNonspace..<lineEnd]) {
                guard case .list(let list) = line else { return .failed }
                apply(list, to: node)
                finalize(node, endLine: lineNumber - 1)
                return .finished
            }
            demoteMathToParagraph(node)
            return .matched
        case .fencedCode(let fence):
            if !isIndented, isClosingFence(fence) {
                finalize(node, endLine: lineNumber)
                return .finished
            }
            var remaining = fence.offset
            while remaining > 0, offset < lineEnd, isSpaceOrTab(bytes[offset]) {
                advanceOffset(1, columns: true)
                remaining -= 1
            }
            return .matched
        case .indentedCode:
            if isIndented {
                advanceOffset(4, columns: true)
                return .matched
            }
            if isBlank || isKramdownLazyLine() {
                advanceNextNonspace()
                return .matched
            }
            return .failed
        case .html(let kind):
            return isBlank && kind.endsAtBlankLine ? .failed : .matched
        case .htmlElement, .extensionBlock:
            return .matched
        case .tableRows:
            if isBlank { return .failed }
            // kramdown reads an item's text before its first nested list on its own: the rows end there.
            if !isIndented, lazyItemLine != lineNumber, node.parent?.kind.isListItem == true, node.parent?.children.count == 1,
               startsItem(like: .bullet("-")) || startsItem(like: .ordered(start: 1, delimiter: .period)) {
                finalize(node, endLine: lineNumber - 1)
                return .failed
            }
            if !isIndented, TableSyntax.isKramdownRow(bytes[nextNonspace..<lineEnd]) {
                advanceNextNonspace()
                return .matched
            }
            if !isIndented, bytes[nextNonspace] == UInt8(ascii: "{"), let line = AttributeListLine.parse(bytes[nextNonspace..<lineEnd]) {
                finalize(node, endLine: lineNumber - 1)
                guard case .list(let list) = line else { return .failed }
                apply(list, to: node)
                return .finished
            }
            node.kind = .paragraph
            return .matched
        case .paragraph, .table:
            return isBlank ? .failed : .matched
        case .heading, .thematicBreak:
            return .failed
        }
    }

    /// kramdown: whether a line not indented (or not quoted) enough still belongs to the
    /// list item or block quote before it, as a lazy line: any line right after a line
    /// with text, unless it is a block-level HTML tag or an attribute list, which end them.
    /// A list item or definition inside a quote counts the quote's `>` alone as blank.
    private func isKramdownLazyLine(insideContainers: Bool = false) -> Bool {
        guard dialect.hasKramdownExtensions, !isBlank, !(insideContainers ? previousContentBlank : previousLineBlank) else { return false }
        let line = bytes[nextNonspace..<lineEnd]
        if bytes[nextNonspace] == UInt8(ascii: "{"), AttributeListLine.parse(line) != nil { return false }
        if bytes[nextNonspace] == UInt8(ascii: "<") {
            if HTMLBlockStart.kramdownEndsParagraph(bytes[lineStart..<lineEnd], at: nextNonspace) { return false }
            if let name = markdownElements.last, HTMLBlockStart.isEndTagLine(line, of: name) { return false }
        }
        return true
    }

    /// kramdown: whether the line starts with `:` and a space or tab, a definition's marker.
    private func startsDefinitionMarker() -> Bool {
        bytes[nextNonspace] == UInt8(ascii: ":") && nextNonspace + 1 < lineEnd && isSpaceOrTab(bytes[nextNonspace + 1])
    }

    /// kramdown: whether the line starts with a tag that ends a run of lazy lines (`<div`, `</p>`).
    private func endsKramdownParagraph() -> Bool {
        dialect.hasKramdownExtensions && !isIndented && nextNonspace < lineEnd && bytes[nextNonspace] == UInt8(ascii: "<")
            && HTMLBlockStart.kramdownEndsParagraph(bytes[lineStart..<lineEnd], at: nextNonspace)
    }

    /// kramdown: whether the line, right after a line of `container`, a list, starts
    /// another of its items, even if it reads as a thematic break (`- --`).
    private func continuesKramdownList(_ container: BlockNode) -> Bool {
        guard dialect.hasKramdownExtensions, !previousLineBlank, case .list(let data) = container.kind else { return false }
        return startsItem(like: data.marker)
    }

    /// kramdown: whether the line starts a list item of the same kind (bullet or ordered) as `marker`.
    private func startsItem(like marker: ListMarker) -> Bool {
        var index = nextNonspace
        let first = bytes[index]
        let isBullet = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*")
        if isBullet {
            index += 1
        } else {
            while index < lineEnd, isDigit(bytes[index]) { index += 1 }
            guard index > nextNonspace, index < lineEnd, bytes[index] == UInt8(ascii: ".") else { return false }
            index += 1
        }
        guard index < lineEnd, isSpaceOrTab(bytes[index]) || bytes[index] == UInt8(ascii: "|") else { return false }
        switch marker {
        case .bullet: return isBullet
        case .ordered: return !isBullet
        }
    }

    /// A list item or definition goes on over blank lines (unless it is still empty)
    /// and over lines indented to its content.
    private mutating func continueItem(_ node: BlockNode, contentIndent: Int) -> Continuation {
        if isBlank {
            if node.children.isEmpty { return .failed }
            advanceNextNonspace()
            return .matched
        }
        guard indent >= contentIndent else { return .failed }
        advanceOffset(contentIndent, columns: true)
        return .matched
    }

    private func isClosingFence(_ fence: FenceData) -> Bool {
        var index = nextNonspace
        while index < lineEnd, bytes[index] == fence.character { index += 1 }
        guard index - nextNonspace >= fence.length else { return false }
        while index < lineEnd, isSpaceOrTab(bytes[index]) { index += 1 }
        return index == lineEnd
    }

    // MARK: - Starting new blocks

    private enum Start {
        case container
        case leaf
        case none
    }

    private mutating func startBlock(container: BlockNode) -> Start {
        if isIndented {
            if case .paragraph = tip.kind { return .none }
            if case .table = tip.kind { return .none }
            if isBlank { return .none }
            advanceOffset(4, columns: true)
            closeUnmatchedBlocks()
            addChild(.indentedCode, at: offset)
            return .leaf
        }
        let byte = nextNonspace < lineEnd ? bytes[nextNonspace] : 0
        let canNest = container.depth < BlockParser.maximumDepth
        switch byte {
        case UInt8(ascii: ">") where canNest:
            advanceNextNonspace()
            advanceOffset(1, columns: false)
            if offset < lineEnd, isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
            closeUnmatchedBlocks()
            addChild(.blockQuote, at: nextNonspace)
            return .container
        case UInt8(ascii: "#"):
            if startATXHeading() { return .leaf }
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            if startFencedCode() { return .leaf }
        case UInt8(ascii: "<"):
            if endMarkdownElement() { return .leaf }
            if startHTMLBlock(container: container) { return .leaf }
        case UInt8(ascii: "["):
            // kramdown: a footnote definition cannot interrupt a paragraph, and a table row comes first.
            if dialect.hasGFMExtensions, canNest, !(dialect.hasKramdownExtensions && isParagraphLike(container)),
               !startsKramdownTable(in: container), startFootnoteDefinition() {
                return .container
            }
        case UInt8(ascii: "{"):
            if dialect.hasKramdownExtensions, startExtension() { return .leaf }
            if dialect.hasKramdownExtensions, startAttributeList(container: container) { return .leaf }
        case UInt8(ascii: "$"):
            if dialect.hasKramdownExtensions, !isParagraphLike(container), blockBoundary(in: container), startMath() { return .leaf }
        case UInt8(ascii: "*"):
            if dialect.hasKramdownExtensions, !isParagraphLike(container), abbreviations.define(bytes[nextNonspace..<lineEnd]) {
                closeUnmatchedBlocks()
                definitionLine = (lineNumber, false)
                offset = lineEnd
                return .leaf
            }
        case UInt8(ascii: ":"):
            if dialect.hasKramdownExtensions, canNest, startDefinition(container: container) { return .container }
        case UInt8(ascii: "|"):
            if dialect.hasKramdownExtensions, !isParagraphLike(container), blockBoundary(in: container) {
                startTableRows()
                return .leaf
            }
        default:
            break
        }
        if case .paragraph = container.kind, startSetextHeading(container) { return .leaf }
        if !(dialect.hasKramdownExtensions && isParagraphLike(container)) || startsBulletItem(), !continuesKramdownList(container),
           startThematicBreak() {
            return .leaf
        }
        if canNest, startListItem(container: container) { return .container }
        if startsKramdownTable(in: container) {
            startTableRows()
            return .leaf
        }
        if dialect.hasGFMExtensions, !dialect.hasKramdownExtensions, case .paragraph = container.kind, startTable(container) {
            return .leaf
        }
        return .none
    }

    /// kramdown: a line holding an unescaped pipe outside code spans, at the start of a
    /// block, opens table rows; they stay a table if a blank line, an attribute list
    /// or the end of the input follows them.
    private mutating func startTableRows() {
        let start = nextNonspace
        closeUnmatchedBlocks()
        addChild(.tableRows, at: start)
        advanceNextNonspace()
    }

    /// kramdown: whether the line is a table row where a table may start, which comes
    /// before a footnote definition.
    private func startsKramdownTable(in container: BlockNode) -> Bool {
        mayStartKramdownRow() && !isParagraphLike(container) && blockBoundary(in: container)
            && TableSyntax.isKramdownRow(bytes[nextNonspace..<lineEnd])
    }

    /// kramdown: whether the line starts like a bullet item; only such a thematic break
    /// (`* * *`) interrupts a paragraph.
    private func startsBulletItem() -> Bool {
        let first = bytes[nextNonspace]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") else { return false }
        return nextNonspace + 1 < lineEnd && isSpaceOrTab(bytes[nextNonspace + 1])
    }

    /// kramdown: a table or display math starts after a blank line, after an attribute
    /// list waiting for the next block, after a void element such as `<hr>`, or on the
    /// first line of its container.
    private func blockBoundary(in container: BlockNode) -> Bool {
        previousContentBlank || pendingAttributes != nil || boundaryLine == lineNumber - 1
            || container !== document && container.start.line == lineNumber
    }

    /// `$$` at the start of a block opens display math if another `$$` follows somewhere;
    /// whether it really is math is settled when its closing `$$` and the line after it are seen.
    private mutating func startMath() -> Bool {
        guard nextNonspace + 1 < lineEnd, bytes[nextNonspace + 1] == UInt8(ascii: "$"), hasMathCloser(after: nextNonspace + 2),
              !closesMathBeforeText(from: nextNonspace + 2) else {
            return false
        }
        let start = nextNonspace
        closeUnmatchedBlocks()
        addChild(.math(isClosed: false), at: start)
        advanceNextNonspace()
        return true
    }

    /// kramdown: whether a `$$` on this line at or after `start` has more text after it,
    /// which makes the line no math (it may be a table row).
    private func closesMathBeforeText(from start: Int) -> Bool {
        guard let closer = bytes.firstIndex(of: "$$", from: start, before: lineEnd) else { return false }
        return !bytes[(closer + 2)..<lineEnd].allSatisfy { isSpaceOrTab($0) || $0 == 0x0D }
    }

    /// Whether `$$` occurs at or after `start`; a failed search is remembered, as every
    /// later one fails too.
    private mutating func hasMathCloser(after start: Int) -> Bool {
        if let missing = noMathCloserFrom, start >= missing { return false }
        if bytes.firstIndex(of: "$$", from: start) != nil { return true }
        noMathCloserFrom = start
        return false
    }

    /// kramdown: whether the next `$$` after `start` ends its line and is followed by a
    /// blank line, an attribute list or the end of the input; then an open math block
    /// goes on over blank lines up to it. The last answer is kept for the blank lines
    /// before the same `$$`.
    private mutating func mathClosesAhead(from start: Int) -> Bool {
        if let known = mathCloserAhead, start <= known.closer { return known.closes }
        var index = start
        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "$") && bytes[index + 1] == UInt8(ascii: "$")) {
            index += 1
        }
        guard index + 1 < bytes.count else {
            mathCloserAhead = (Int.max, false)
            return false
        }
        let closerLineEnd = newline(from: index)
        var closes = bytes[(index + 2)..<closerLineEnd].allSatisfy { isSpaceOrTab($0) || $0 == 0x0D }
        if closes, closerLineEnd < bytes.count {
            var closerLineStart = index
            while closerLineStart > 0, bytes[closerLineStart - 1] != 0x0A { closerLineStart -= 1 }
            let closerIndent = bytes[closerLineStart..<index].prefix { isSpaceOrTab($0) }.count
            let nextLine = bytes[(closerLineEnd + 1)..<newline(from: closerLineEnd + 1)]
            let text = nextLine.drop { isSpaceOrTab($0) }
            // A less indented line leaves the list item the math is in.
            closes = text.allSatisfy { $0 == 0x0D } || AttributeListLine.parse(text) != nil
                || nextLine.count - text.count < closerIndent
        }
        mathCloserAhead = (index, closes)
        return closes
    }

    /// Looks for the closing `$$` in the line just added to a math candidate: followed
    /// by nothing else it closes the math; followed by text it makes the block a paragraph.
    private mutating func checkMathClosing(_ node: BlockNode, segmentStart: Int) {
        let content = node.content
        var index = max(segmentStart, 2)
        while index + 1 < content.count {
            if content[index] == UInt8(ascii: "$"), content[index + 1] == UInt8(ascii: "$") {
                let rest = content[(index + 2)...]
                if rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                    node.kind = .math(isClosed: true)
                } else {
                    demoteMathToParagraph(node)
                }
                return
            }
            index += 1
        }
    }

    /// Turns a math candidate into the paragraph it is after all.
    private func demoteMathToParagraph(_ node: BlockNode) {
        var lines: [UInt8] = []
        lines.reserveCapacity(node.content.count)
        var atLineStart = true
        for byte in node.content {
            if atLineStart, byte == 0x20 || byte == 0x09 { continue }
            atLineStart = byte == 0x0A
            lines.append(byte)
        }
        node.content = lines
        node.kind = .paragraph
    }

    /// A line that is only a kramdown extension's opening tag, closed by a later line: the
    /// lines between are the extension's content. A self-closing tag leaves nothing.
    private mutating func startExtension() -> Bool {
        let line = bytes[nextNonspace..<lineEnd]
        guard let tag = ExtensionSyntax.openingTag(in: line, at: nextNonspace),
              line[tag.end...].allSatisfy({ isSpaceOrTab($0) }) else { return false }
        if !tag.selfClosing {
            guard hasClosingLine(for: tag.name) else { return false }
        }
        closeUnmatchedBlocks()
        if !tag.selfClosing {
            addChild(.extensionBlock(tag.name, keepsContent: tag.keepsContent), at: nextNonspace)
        }
        offset = lineEnd
        return true
    }

    /// Whether a closing line of the extension follows the current line; failed searches
    /// are remembered, so that unclosed tags never rescan the input.
    private mutating func hasClosingLine(for name: ExtensionSyntax.Name) -> Bool {
        var start = lineEnd + 1
        if let missing = missingExtensionClosers[name], start >= missing { return false }
        while start < bytes.count {
            let end = newline(from: start)
            if ExtensionSyntax.isClosingLine(bytes[start..<end], of: name) { return true }
            start = end + 1
        }
        missingExtensionClosers[name] = lineEnd + 1
        return false
    }

    /// A line that is only `{:...}`: an attribute list for the block before it (or,
    /// after a blank line, the next block), or an attribute list definition.
    private mutating func startAttributeList(container: BlockNode) -> Bool {
        guard let line = AttributeListLine.parse(bytes[nextNonspace..<lineEnd]) else { return false }
        closeUnmatchedBlocks()
        switch line {
        case .definition(let name, let list):
            attributeDefinitions[name] = list
            if dialect.hasKramdownExtensions {
                definitionLine = (lineNumber, true)
                // kramdown: the definition ends the paragraph before it.
                if isParagraphLike(container) { finalize(container, endLine: lineNumber - 1) }
            }
        case .list(let list):
            let target: BlockNode?
            if let definition = definitionLine, definition.line == lineNumber - 1, !previousLineBlank {
                // kramdown: right after a definition, the list is not the block's before it.
                definitionLine = (lineNumber, definition.passesAttributesOn)
                if definition.passesAttributesOn {
                    var pending = pendingAttributes ?? AttributeList()
                    pending.merge(list)
                    pendingAttributes = pending
                    pendingAttributesFollowBlank = false
                }
                offset = lineEnd
                return true
            }
            if previousLineBlank {
                target = nil
            } else if isParagraphLike(container) || container.kind.isList || container.kind.isDefinitionList {
                target = container
            } else {
                target = container.lastChild
            }
            if let target {
                apply(list, to: target)
                finalize(target, endLine: lineNumber - 1)
            } else {
                if pendingAttributes == nil { pendingAttributesFollowBlank = previousLineBlank && lineNumber > firstLine }
                var pending = pendingAttributes ?? AttributeList()
                pending.merge(list)
                pendingAttributes = pending
                // kramdown: the attribute list ends a list; the next item starts a new one.
                if dialect.hasKramdownExtensions, container.kind.isList { finalize(container, endLine: lineNumber - 1) }
            }
        }
        offset = lineEnd
        return true
    }

    private func apply(_ list: AttributeList, to node: BlockNode) {
        var attributes = node.attributeList ?? AttributeList()
        attributes.merge(list)
        node.attributeList = attributes
    }

    private mutating func startATXHeading() -> Bool {
        var index = nextNonspace
        while index < lineEnd, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - nextNonspace
        guard level <= 6, index == lineEnd || isSpaceOrTab(bytes[index]) else { return false }
        // kramdown: a heading needs text.
        if dialect.hasKramdownExtensions, bytes[index..<lineEnd].allSatisfy({ isSpaceOrTab($0) }) { return false }
        let start = nextNonspace
        closeUnmatchedBlocks()
        let heading = addChild(.heading(level: level, style: .atx), at: start)
        var contentStart = index
        while contentStart < lineEnd, isSpaceOrTab(bytes[contentStart]) { contentStart += 1 }
        var contentEnd = lineEnd
        while contentEnd > contentStart, isSpaceOrTab(bytes[contentEnd - 1]) { contentEnd -= 1 }
        var hashes = contentEnd
        while hashes > contentStart, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes == contentStart {
            contentEnd = contentStart
        } else if hashes < contentEnd, isSpaceOrTab(bytes[hashes - 1]) {
            contentEnd = hashes
            while contentEnd > contentStart, isSpaceOrTab(bytes[contentEnd - 1]) { contentEnd -= 1 }
        }
        heading.content = Array(bytes[contentStart..<contentEnd])
        offset = lineEnd
        return true
    }

    private mutating func startFencedCode() -> Bool {
        let character = bytes[nextNonspace]
        var index = nextNonspace
        while index < lineEnd, bytes[index] == character { index += 1 }
        let length = index - nextNonspace
        guard length >= 3 else { return false }
        var infoStart = index
        while infoStart < lineEnd, isSpaceOrTab(bytes[infoStart]) { infoStart += 1 }
        var infoEnd = lineEnd
        while infoEnd > infoStart, isSpaceOrTab(bytes[infoEnd - 1]) { infoEnd -= 1 }
        if character == UInt8(ascii: "`"), bytes[infoStart..<infoEnd].contains(UInt8(ascii: "`")) { return false }
        if dialect.hasKramdownExtensions, !hasClosingFence(character, length: length) { return false }
        let info = Escapes.unescape(bytes[infoStart..<infoEnd])
        let fence = FenceData(character: character, length: length, offset: indent, info: info)
        let start = nextNonspace
        closeUnmatchedBlocks()
        addChild(.fencedCode(fence), at: start)
        offset = lineEnd
        return true
    }

    /// kramdown: whether a later line closes a fence of `length` `character`s (after
    /// spaces and quote markers); an unclosed fence is text. Failed searches are
    /// remembered, so that unclosed fences never rescan the input.
    private mutating func hasClosingFence(_ character: UInt8, length: Int) -> Bool {
        var start = lineEnd + 1
        if let missing = missingFenceClosers[character], start >= missing.from, length >= missing.length { return false }
        while start < bytes.count {
            let end = newline(from: start)
            var index = start
            while index < end, isSpaceOrTab(bytes[index]) || bytes[index] == UInt8(ascii: ">") { index += 1 }
            let run = index
            while index < end, bytes[index] == character { index += 1 }
            if index - run >= length, bytes[index..<end].allSatisfy({ isSpaceOrTab($0) || $0 == 0x0D }) { return true }
            start = end + 1
        }
        missingFenceClosers[character] = (lineEnd + 1, length)
        return false
    }

    private mutating func startHTMLBlock(container: BlockNode) -> Bool {
        let line = bytes[lineStart..<lineEnd]
        let interruptsParagraph: Bool = {
            if case .paragraph = container.kind { return true }
            return false
        }()
        if dialect.hasKramdownExtensions { return startKramdownHTMLBlock(line, interruptsParagraph: interruptsParagraph) }
        guard let kind = HTMLBlockStart.kind(line, at: nextNonspace, allowsOtherTags: !interruptsParagraph) else { return false }
        closeUnmatchedBlocks()
        addChild(.html(kind: kind), at: offset)
        return true
    }

    /// kramdown: an HTML block starts with a comment closed somewhere later (`<!-->` is
    /// not one), unindented, which cannot interrupt a paragraph, or with a whole start tag of an
    /// element that is not span-level, which goes on up to its end tag, or to the end
    /// of its container.
    private mutating func startKramdownHTMLBlock(_ line: ArraySlice<UInt8>, interruptsParagraph: Bool) -> Bool {
        if line[nextNonspace...].starts(with: Array("<!--".utf8)) {
            guard !interruptsParagraph, indent == 0, bytes.firstIndex(of: "-->", from: nextNonspace + 4) != nil else {
                return false
            }
            closeUnmatchedBlocks()
            addChild(.html(kind: .comment), at: offset)
            return true
        }
        guard let (name, closed) = HTMLBlockStart.kramdownBlockElement(line, at: nextNonspace) else { return false }
        closeUnmatchedBlocks()
        if let (name, tag) = HTMLBlockStart.markdownElement(line, at: nextNonspace) {
            // kramdown reads the element's content as Markdown: its tags are blocks of their own.
            let node = addChild(.html(kind: .blockTag), at: nextNonspace)
            node.content = tag + [0x0A]
            finalize(node, endLine: lineNumber)
            markdownElements.append(name)
            offset = lineEnd
        } else if HTMLBlockStart.kind(line, at: nextNonspace, allowsOtherTags: false) == .literal {
            addChild(.html(kind: .literal), at: offset)
        } else if closed {
            let node = addChild(.html(kind: .blockTag), at: nextNonspace)
            node.content = Array(bytes[nextNonspace..<lineEnd]) + [0x0A]
            finalize(node, endLine: lineNumber)
            boundaryLine = lineNumber
            offset = lineEnd
        } else {
            addChild(.htmlElement(name: name, depth: 0), at: offset)
        }
        return true
    }

    /// kramdown: a comment ends at its first `-->`; text after it on that line starts a paragraph.
    private mutating func addKramdownCommentLine(to node: BlockNode) {
        let searchStart = node.content.isEmpty ? offset + 4 : offset
        guard let closer = bytes.firstIndex(of: "-->", from: searchStart, before: lineEnd) else {
            addLine(to: node)
            return
        }
        var rest = closer + 3
        while rest < lineEnd, isSpaceOrTab(bytes[rest]) { rest += 1 }
        guard rest < lineEnd else {
            addLine(to: node)
            finalize(node, endLine: lineNumber)
            return
        }
        node.content.append(contentsOf: bytes[offset..<(closer + 3)])
        node.content.append(0x0A)
        finalize(node, endLine: lineNumber)
        let paragraph = addChild(.paragraph, at: rest)
        paragraph.content = Array(bytes[rest..<lineEnd]) + [0x0A]
    }

    /// kramdown: the end tag of the innermost element whose content is Markdown, alone on its line.
    private mutating func endMarkdownElement() -> Bool {
        guard let name = markdownElements.last, HTMLBlockStart.isEndTagLine(bytes[nextNonspace..<lineEnd], of: name) else {
            return false
        }
        closeUnmatchedBlocks()
        let node = addChild(.html(kind: .blockTag), at: nextNonspace)
        node.content = Array(bytes[nextNonspace..<lineEnd]) + [0x0A]
        finalize(node, endLine: lineNumber)
        markdownElements.removeLast()
        boundaryLine = lineNumber
        offset = lineEnd
        return true
    }

    private mutating func startFootnoteDefinition() -> Bool {
        var index = nextNonspace + 1
        guard index < lineEnd, bytes[index] == UInt8(ascii: "^") else { return false }
        index += 1
        let labelStart = index
        while index < lineEnd, bytes[index] != UInt8(ascii: "]"), !isSpaceOrTab(bytes[index]) { index += 1 }
        guard index > labelStart, index + 1 < lineEnd, bytes[index] == UInt8(ascii: "]"),
              bytes[index + 1] == UInt8(ascii: ":") else { return false }
        let label = LinkSyntax.normalizeLabel(bytes[labelStart..<index])
        let start = nextNonspace
        closeUnmatchedBlocks()
        addChild(.footnoteDefinition(label: label), at: start)
        footnoteLabels.insert(label)
        advanceNextNonspace()
        advanceOffset(index + 2 - offset, columns: false)
        while offset < lineEnd, isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
        return true
    }

    private mutating func startSetextHeading(_ paragraph: BlockNode) -> Bool {
        let character = bytes[nextNonspace]
        guard character == UInt8(ascii: "=") || character == UInt8(ascii: "-") else { return false }
        var index = nextNonspace
        while index < lineEnd, bytes[index] == character { index += 1 }
        while index < lineEnd, isSpaceOrTab(bytes[index]) { index += 1 }
        guard index == lineEnd else { return false }
        // kramdown: only a paragraph of one line, at a block boundary, is a heading's text.
        if dialect.hasKramdownExtensions {
            let line = paragraph.start.line
            let parent = paragraph.parent
            let atBoundary = line == firstLine || hasBlankLine(after: line - 2, before: line)
                || parent !== document && parent?.start.line == line || paragraph.attributeList != nil
            guard atBoundary, !paragraph.content.dropLast().contains(0x0A) else { return false }
        }
        closeUnmatchedBlocks()
        extractReferenceDefinitions(paragraph)
        guard !paragraph.content.isEmpty else { return false }
        paragraph.kind = .heading(level: character == UInt8(ascii: "=") ? 1 : 2, style: .setext)
        trimTrailingWhitespace(&paragraph.content)
        offset = lineEnd
        return true
    }

    private mutating func startThematicBreak() -> Bool {
        let character = bytes[nextNonspace]
        guard character == UInt8(ascii: "*") || character == UInt8(ascii: "-") || character == UInt8(ascii: "_") else {
            return false
        }
        var count = 0
        var index = nextNonspace
        while index < lineEnd {
            let byte = bytes[index]
            if byte == character {
                count += 1
            } else if !isSpaceOrTab(byte) {
                return false
            }
            index += 1
        }
        guard count >= 3 else { return false }
        let start = nextNonspace
        closeUnmatchedBlocks()
        addChild(.thematicBreak, at: start)
        offset = lineEnd
        return true
    }

    private mutating func startListItem(container: BlockNode) -> Bool {
        let markerStart = nextNonspace
        let first = bytes[markerStart]
        var markerEnd = markerStart
        var marker: ListMarker
        let interruptsParagraph: Bool = {
            if case .paragraph = container.kind { return true }
            return false
        }()
        let kramdown = dialect.hasKramdownExtensions
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            marker = .bullet(Character(Unicode.Scalar(first)))
            markerEnd += 1
        } else {
            var number = 0
            while markerEnd < lineEnd, markerEnd - markerStart < 9, isDigit(bytes[markerEnd]) {
                number = number * 10 + Int(bytes[markerEnd] - UInt8(ascii: "0"))
                markerEnd += 1
            }
            guard markerEnd > markerStart, markerEnd < lineEnd else { return false }
            let delimiter: OrderedDelimiter
            switch bytes[markerEnd] {
            case UInt8(ascii: "."): delimiter = .period
            case UInt8(ascii: ")") where !kramdown: delimiter = .parenthesis
            default: return false
            }
            guard !interruptsParagraph || number == 1 || kramdown else { return false }
            marker = .ordered(start: number, delimiter: delimiter)
            markerEnd += 1
        }
        // kramdown: a marker needs a space, a tab or a pipe (`-|a|b|`, a table) after it; any
        // item may interrupt a paragraph.
        let pipeFollows = kramdown && markerEnd < lineEnd && bytes[markerEnd] == UInt8(ascii: "|")
        guard markerEnd == lineEnd || isSpaceOrTab(bytes[markerEnd]) || pipeFollows else { return false }
        if kramdown, markerEnd == lineEnd { return false }
        if interruptsParagraph, !kramdown {
            var rest = markerEnd
            while rest < lineEnd, isSpaceOrTab(bytes[rest]) { rest += 1 }
            if rest == lineEnd { return false }
        }

        let markerOffset = indent
        var padding = pipeFollows ? consumeMarkerBeforePipe(length: markerEnd - markerStart) : consumeMarker(length: markerEnd - markerStart)
        // kramdown: an item with nothing on its first line continues at column 5.
        if kramdown, offset >= lineEnd { padding = max(1, 4 - markerOffset) }
        let data = ListData(marker: marker, markerOffset: markerOffset, padding: padding)
        closeUnmatchedBlocks()
        if !tipIsList(matching: data) { addChild(.list(data), at: markerStart) }
        addChild(.listItem(data), at: markerStart)
        return true
    }

    /// Moves past a list or definition marker of `length` bytes at `nextNonspace` and the
    /// spaces after it (one, if there are five or more, or the line ends); returns the
    /// columns from the marker to the content.
    private mutating func consumeMarker(length: Int) -> Int {
        advanceNextNonspace()
        advanceOffset(length, columns: true)
        let spacesStartColumn = column
        let spacesStartOffset = offset
        let spacesStartPartial = partiallyConsumedTab
        // kramdown: the content starts after all the spaces, however many.
        let kramdown = dialect.hasKramdownExtensions
        repeat {
            advanceOffset(1, columns: true)
        } while (kramdown || column - spacesStartColumn < 5) && offset < lineEnd && isSpaceOrTab(bytes[offset])
        let spacesAfterMarker = column - spacesStartColumn
        guard spacesAfterMarker >= 5 && !kramdown || spacesAfterMarker < 1 || offset >= lineEnd else {
            return length + spacesAfterMarker
        }
        column = spacesStartColumn
        offset = spacesStartOffset
        partiallyConsumedTab = spacesStartPartial
        if offset < lineEnd, isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
        return length + 1
    }

    /// kramdown: moves past a list marker of `length` bytes followed by a pipe, which is
    /// the item's content; returns the columns from the marker to it.
    private mutating func consumeMarkerBeforePipe(length: Int) -> Int {
        advanceNextNonspace()
        advanceOffset(length, columns: true)
        return length
    }

    /// kramdown: `: ` opens a definition. The terms are the lines of the paragraph just
    /// before (directly, or after one blank line), or the list continues after a definition.
    private mutating func startDefinition(container: BlockNode) -> Bool {
        guard nextNonspace + 1 < lineEnd, isSpaceOrTab(bytes[nextNonspace + 1]) else { return false }
        let terms: BlockNode?
        if container.kind.isDefinitionList {
            terms = nil
        } else if case .paragraph = container.kind {
            terms = container
        } else if !isParagraphLike(container), previousLineBlank, let last = container.lastChild,
                  case .paragraph = last.kind, last.endLine == lineNumber - 2 {
            terms = last
        } else {
            return false
        }
        closeUnmatchedBlocks()
        if let terms {
            guard definitionList(fromTerms: terms) else { return false }
        }
        let markerStart = nextNonspace
        var data = DefinitionData(markerOffset: indent, padding: consumeMarker(length: 1), isTight: !previousLineBlank)
        let attributes = DefinitionListSyntax.leadingAttributeList(bytes[offset..<lineEnd])
        if let (_, length) = attributes {
            advanceOffset(length, columns: true)
            while offset < lineEnd, isSpaceOrTab(bytes[offset]) { advanceOffset(1, columns: true) }
        }
        // As in kramdown, a definition with nothing on its first line continues at column 5.
        if offset >= lineEnd { data.padding = 4 - data.markerOffset }
        let definition = addChild(.definition(data), at: markerStart)
        if let (list, _) = attributes { apply(list, to: definition) }
        return true
    }

    /// Turns `paragraph` into terms, one per line, of a new definition list in its place,
    /// or of the definition list just before it, and makes that list the tip; false for
    /// an empty paragraph.
    private mutating func definitionList(fromTerms paragraph: BlockNode) -> Bool {
        extractReferenceDefinitions(paragraph)
        trimTrailingWhitespace(&paragraph.content)
        guard !paragraph.content.isEmpty, let parent = paragraph.parent, parent.children.last === paragraph else { return false }
        let lines = paragraph.content.split(separator: 0x0A, omittingEmptySubsequences: false)
        let list: BlockNode
        if parent.children.count >= 2, parent.children[parent.children.count - 2].kind.isDefinitionList {
            parent.children.removeLast()
            list = parent.children[parent.children.count - 1]
        } else {
            paragraph.kind = .definitionList
            paragraph.content = []
            list = paragraph
        }
        for (index, line) in lines.enumerated() {
            let start = SourcePosition(line: paragraph.start.line + index, column: index == 0 ? paragraph.start.column : 1)
            let term = BlockNode(.definitionTerm, start: start, parent: list)
            var text = line
            if let (attributes, length) = DefinitionListSyntax.leadingAttributeList(line) {
                apply(attributes, to: term)
                text = line.dropFirst(length)
                while let first = text.first, isSpaceOrTab(first) { text.removeFirst() }
            }
            term.content = Array(text)
            term.isOpen = false
            list.children.append(term)
        }
        list.isOpen = true
        tip = list
        return true
    }

    private func tipIsList(matching data: ListData) -> Bool {
        if case .list(let listData) = tip.kind { return listData.matches(data, kramdown: dialect.hasKramdownExtensions) }
        return false
    }

    private mutating func startTable(_ paragraph: BlockNode) -> Bool {
        let row = bytes[nextNonspace..<lineEnd]
        guard let alignments = TableSyntax.alignments(row) else { return false }
        let content = paragraph.content.dropLast()
        var headerStart = content.endIndex
        while headerStart > content.startIndex, content[headerStart - 1] != 0x0A { headerStart -= 1 }
        let headerLine = content[headerStart...]
        guard headerLine.contains(UInt8(ascii: "|")) || row.contains(UInt8(ascii: "|")) else { return false }
        let header = TableSyntax.cells(headerLine, keepsMath: dialect.hasKramdownExtensions)
        guard header.count == alignments.count else { return false }
        closeUnmatchedBlocks()
        let headerLineNumber = lineNumber - 1
        if headerStart > content.startIndex {
            paragraph.content = Array(content[..<(headerStart - 1)])
            finalize(paragraph, endLine: headerLineNumber - 1)
        } else {
            paragraph.parent?.children.removeLast()
            tip = paragraph.parent ?? document
        }
        let table = BlockNode(.table(TableData(alignments: alignments, header: header)),
                              start: SourcePosition(line: headerLineNumber, column: 1), parent: tip)
        tip.children.append(table)
        tip = table
        offset = lineEnd
        return true
    }

    // MARK: - Tree changes

    @discardableResult
    private mutating func addChild(_ kind: BlockNode.Kind, at index: Int) -> BlockNode {
        while !tip.canContain(kind) {
            finalize(tip, endLine: lineNumber - 1)
        }
        let node = BlockNode(kind, start: position(of: index), parent: tip)
        if let pending = pendingAttributes, !kind.isListItem {
            apply(pending, to: node)
            pendingAttributes = nil
        }
        tip.children.append(node)
        tip = node
        return node
    }

    private mutating func closeUnmatchedBlocks() {
        guard !allClosed else { return }
        while oldTip !== lastMatchedContainer {
            let parent = oldTip.parent!
            finalize(oldTip, endLine: lineNumber - 1)
            oldTip = parent
        }
        allClosed = true
    }

    private mutating func addLine(to node: BlockNode) {
        if partiallyConsumedTab {
            offset += 1
            let spaces = 4 - (column % 4)
            node.content.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
        }
        if case .table(var data) = node.kind {
            // Taking the rows out of the node leaves them uniquely referenced, so the new row is added in place.
            node.kind = .paragraph
            var cells = TableSyntax.cells(bytes[offset..<lineEnd], keepsMath: dialect.hasKramdownExtensions)
            let columns = data.alignments.count
            if cells.count > columns { cells.removeLast(cells.count - columns) }
            while cells.count < columns { cells.append([]) }
            data.rows.append(cells)
            node.kind = .table(data)
            return
        }
        if offset < lineEnd { node.content.append(contentsOf: bytes[offset..<lineEnd]) }
        node.content.append(0x0A)
    }

    private mutating func finalize(_ node: BlockNode, endLine: Int) {
        guard node.isOpen else { return }
        node.isOpen = false
        let line = max(endLine, node.start.line)
        node.endLine = line
        node.endColumn = max(1, lineLengths.isEmpty ? 1 : lineLengths[min(line - firstLine, lineLengths.count - 1)])
        if case .tableRows = node.kind {
            // kramdown: rows without a body row (only separators, or a header) are a paragraph.
            let table = TableSyntax.kramdownTable(node.content.split(separator: 0x0A).map { $0[...] })
            node.kind = table.map { .table($0) } ?? .paragraph
        }
        switch node.kind {
        case .paragraph:
            extractReferenceDefinitions(node)
            trimTrailingWhitespace(&node.content)
            if node.content.isEmpty, let parent = node.parent, parent.children.last === node {
                parent.children.removeLast()
            }
        case .heading(_, .setext):
            trimTrailingWhitespace(&node.content)
        case .math(let isClosed):
            if !isClosed {
                demoteMathToParagraph(node)
                extractReferenceDefinitions(node)
                trimTrailingWhitespace(&node.content)
            }
        case .indentedCode:
            node.endLine -= trimTrailingBlankLines(&node.content)
        case .list(var data):
            data.isTight = isTight(node)
            node.kind = .list(data)
            if dialect.hasKramdownExtensions { decideKramdownTightness(of: node) }
            if let last = node.children.last { (node.endLine, node.endColumn) = (last.endLine, last.endColumn) }
        case .definitionList:
            if let last = node.children.last { (node.endLine, node.endColumn) = (last.endLine, last.endColumn) }
        case .listItem, .footnoteDefinition, .definition:
            if let last = node.children.last {
                (node.endLine, node.endColumn) = (last.endLine, last.endColumn)
            } else if !node.kind.isFootnoteDefinition {
                (node.endLine, node.endColumn) = (node.start.line, node.start.column)
            }
        case .tableRows:
            break
        case .extensionBlock(_, let keepsContent):
            if !keepsContent, let parent = node.parent, parent.children.last === node { parent.children.removeLast() }
        case .document, .blockQuote, .heading, .thematicBreak, .fencedCode, .html, .htmlElement, .table, .definitionTerm:
            break
        }
        if node === tip, let parent = node.parent { tip = parent }
    }

    /// A list is loose if a blank line separates two of its items, or two blocks
    /// directly inside one of its items.
    private func isTight(_ list: BlockNode) -> Bool {
        for (itemIndex, item) in list.children.enumerated() {
            if itemIndex + 1 < list.children.count, item.endLine < list.children[itemIndex + 1].start.line - 1 {
                return false
            }
            for (childIndex, child) in item.children.enumerated().dropLast()
            where child.endLine < item.children[childIndex + 1].start.line - 1 {
                return false
            }
        }
        return true
    }

    /// kramdown writes an item's first paragraph without `<p>` unless a blank line follows
    /// it in the item (or before the next item); the last of several items is written
    /// with `<p>` also when every item before it is.
    private func decideKramdownTightness(of list: BlockNode) {
        var everyEarlierWrapped = true
        for (index, item) in list.children.enumerated() {
            guard case .listItem(var data) = item.kind else { continue }
            var wrapped = false
            if let first = item.children.first, case .paragraph = first.kind {
                let next: BlockNode? = item.children.count > 1 ? item.children[1]
                    : index + 1 < list.children.count ? list.children[index + 1] : nil
                let isLast = index + 1 == list.children.count
                wrapped = next.map { hasBlankLine(after: first.endLine, before: $0.start.line) } ?? false
                    || isLast && index > 0 && everyEarlierWrapped
            }
            everyEarlierWrapped = everyEarlierWrapped && wrapped
            data.kramdownTightness = !wrapped
            item.kind = .listItem(data)
        }
    }

    /// Whether a blank line lies strictly between lines `low` and `high`.
    private func hasBlankLine(after low: Int, before high: Int) -> Bool {
        var lower = 0
        var upper = blankLines.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if blankLines[middle] <= low { lower = middle + 1 } else { upper = middle }
        }
        return lower < blankLines.count && blankLines[lower] < high
    }

    /// Whether a paragraph's lines so far are all link reference definitions.
    private func isOnlyReferenceDefinitions(_ content: [UInt8]) -> Bool {
        guard content.first == UInt8(ascii: "[") else { return false }
        var index = content.startIndex
        while index < content.endIndex, content[index] == UInt8(ascii: "["),
              let (_, end) = LinkSyntax.referenceDefinition(in: content[...], from: index) {
            index = end
        }
        return index > content.startIndex && content[index...].allSatisfy { $0 == 0x0A || isSpaceOrTab($0) }
    }

    /// Removes link reference definitions from the start of a paragraph and records them.
    private mutating func extractReferenceDefinitions(_ paragraph: BlockNode) {
        let content = paragraph.content
        guard content.first == UInt8(ascii: "[") else { return }
        var index = content.startIndex
        while index < content.endIndex, content[index] == UInt8(ascii: "["),
              let (definition, end) = LinkSyntax.referenceDefinition(in: content[...], from: index) {
            if references[definition.label] == nil { references[definition.label] = definition }
            index = end
        }
        if index > content.startIndex { paragraph.content = Array(content[index...]) }
    }

    private func trimTrailingWhitespace(_ content: inout [UInt8]) {
        while let last = content.last, last == 0x0A || last == 0x20 || last == 0x09 { content.removeLast() }
    }

    /// Removes trailing blank lines and returns how many there were.
    private func trimTrailingBlankLines(_ content: inout [UInt8]) -> Int {
        var removed = 0
        var end = content.count
        var lineEnd = end
        while lineEnd > 0 {
            var lineStart = lineEnd - 1
            while lineStart > 0, content[lineStart - 1] != 0x0A { lineStart -= 1 }
            if content[lineStart..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) {
                end = lineStart
                lineEnd = lineStart
                removed += 1
            } else {
                break
            }
        }
        content.removeLast(content.count - end)
        return removed
    }

    // MARK: - Columns and tabs

    private mutating func findNextNonspace() {
        var index = offset
        var columns = column
        while index < lineEnd {
            let byte = bytes[index]
            if byte == 0x20 {
                columns += 1
            } else if byte == 0x09 {
                columns += 4 - (columns % 4)
            } else {
                break
            }
            index += 1
        }
        isBlank = index == lineEnd
        nextNonspace = index
        nextNonspaceColumn = columns
        indent = columns - column
    }

    private mutating func advanceNextNonspace() {
        offset = nextNonspace
        column = nextNonspaceColumn
        partiallyConsumedTab = false
    }

    private mutating func advanceOffset(_ count: Int, columns: Bool) {
        var count = count
        while count > 0, offset < lineEnd {
            if bytes[offset] == 0x09 {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let advance = min(count, charsToTab)
                    column += advance
                    offset += partiallyConsumedTab ? 0 : 1
                    count -= advance
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    private func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
