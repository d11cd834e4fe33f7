import OctavoModel

/// Splits GFM table rows into cells and reads delimiter rows.
enum TableSyntax {
    /// The cells of a row: outer pipes dropped, split on unescaped `|`, each cell
    /// trimmed and with `\|` turned into `|`. With `keepsMath`, kramdown's `$$...$$`
    /// spans are copied untouched, pipes and all; with `keepsCode`, as in kramdown's
    /// tables, so are code spans.
    static func cells(_ row: ArraySlice<UInt8>, keepsMath: Bool = false, keepsCode: Bool = false) -> [[UInt8]] {
        var start = row.startIndex
        var end = row.endIndex
        while start < end, isSpaceOrTab(row[start]) { start += 1 }
        while end > start, isSpaceOrTab(row[end - 1]) { end -= 1 }
        if start < end, row[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, row[end - 1] == UInt8(ascii: "|"), !isEscaped(row, end - 1, from: start) { end -= 1 }
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var index = start
        while index < end {
            let byte = row[index]
            if keepsMath, byte == UInt8(ascii: "$"), let mathEnd = mathSpanEnd(row, from: index, before: end) {
                cell.append(contentsOf: row[index..<mathEnd])
                index = mathEnd
                continue
            }
            if keepsCode, byte == UInt8(ascii: "`") {
                let codeEnd = kramdownCodeSpanEnd(row[..<end], at: index)
                cell.append(contentsOf: row[index..<codeEnd])
                index = codeEnd
                continue
            }
            if byte == UInt8(ascii: "\\"), index + 1 < end {
                if row[index + 1] == UInt8(ascii: "|") {
                    cell.append(UInt8(ascii: "|"))
                } else {
                    cell.append(byte)
                    cell.append(row[index + 1])
                }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
            } else {
                cell.append(byte)
            }
            index += 1
        }
        cells.append(trimmed(cell))
        return cells
    }

    /// kramdown: whether `line` is a table row, that is, holds a pipe that is neither
    /// escaped nor inside a code span or a span-level HTML element (up to its end tag,
    /// or the end of the line), nor (unlike kramdown, as in `cells`) inside a `$$...$$`
    /// math span.
    static func isKramdownRow(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        var memo = ScanMemo()
        while index < line.endIndex {
            switch line[index] {
            case UInt8(ascii: "|"):
                return true
            case UInt8(ascii: "<"):
                guard let tagEnd = HTMLTags.scan(line, from: index, memo: &memo, kramdownNames: true),
                      !HTMLTags.isKramdownBlockElement(line[index..<tagEnd]),
                      let (name, isEnd, opens) = HTMLTags.kramdownTag(line[index..<tagEnd]), !isEnd, opens else {
                    index += 1
                    continue
                }
                guard let close = line[tagEnd...].firstRange(of: Array("</".utf8) + name) else { return false }
                index = close.upperBound
            case UInt8(ascii: "$"):
                index = mathSpanEnd(line, from: index, before: line.endIndex) ?? index + 1
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "`"):
                index = kramdownCodeSpanEnd(line, at: index)
            default:
                index += 1
            }
        }
        return false
    }

    /// The index after the code span whose backticks start at `index`, as kramdown finds
    /// code spans in table rows, or after the backtick run if none: a single backtick
    /// followed by a space opens none.
    private static func kramdownCodeSpanEnd(_ line: ArraySlice<UInt8>, at index: Int) -> Int {
        var run = index
        while run < line.endIndex, line[run] == UInt8(ascii: "`") { run += 1 }
        if run - index == 1, run < line.endIndex, line[run] == 0x20 { return run }
        return codeSpanEnd(line, from: run, length: run - index) ?? run
    }

    /// The index after the backtick run of `length` that closes a code span opened
    /// before `start`, or nil if none does.
    private static func codeSpanEnd(_ line: ArraySlice<UInt8>, from start: Int, length: Int) -> Int? {
        var index = start
        while index < line.endIndex {
            guard line[index] == UInt8(ascii: "`") else {
                index += 1
                continue
            }
            var run = index
            while run < line.endIndex, line[run] == UInt8(ascii: "`") { run += 1 }
            if run - index == length { return run }
            index = run
        }
        return nil
    }

    /// The column alignments of a delimiter row such as `| :-- | :-: | --: |`, or nil
    /// if the line is not one.
    static func alignments(_ row: ArraySlice<UInt8>) -> [ColumnAlignment]? {
        guard row.contains(UInt8(ascii: "-")) else { return nil }
        var alignments: [ColumnAlignment] = []
        for cell in cells(row) {
            guard !cell.isEmpty else { return nil }
            var first = cell.startIndex
            var last = cell.endIndex - 1
            let leftColon = cell[first] == UInt8(ascii: ":")
            let rightColon = cell[last] == UInt8(ascii: ":") && last > first
            if leftColon { first += 1 }
            if rightColon { last -= 1 }
            guard first <= last, cell[first...last].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            switch (leftColon, rightColon) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return alignments
    }

    /// The index after a `$$...$$` span starting at `start`, if one closes before `end`.
    private static func mathSpanEnd(_ row: ArraySlice<UInt8>, from start: Int, before end: Int) -> Int? {
        guard start + 1 < end, row[start + 1] == UInt8(ascii: "$") else { return nil }
        var index = start + 2
        while index + 1 < end {
            if row[index] == UInt8(ascii: "$"), row[index + 1] == UInt8(ascii: "$") { return index + 2 }
            index += 1
        }
        return nil
    }

    /// A kramdown table from its row lines: the first row before the first separator line
    /// (`|---|:-:|`) is the header (kramdown's header holds them all; later ones are kept
    /// as body rows here), the separator gives the alignments; rows after a
    /// `|===|` line are the footer, kept as body rows; other separators are dropped.
    /// Nil if no body row comes before the footer: then kramdown reads a paragraph.
    static func kramdownTable(_ lines: [ArraySlice<UInt8>]) -> TableData? {
        var header: [[UInt8]]?
        var alignments: [ColumnAlignment]?
        var rows: [[[UInt8]]] = []
        var bodyRows = 0
        var inFooter = false
        for line in lines {
            if isKramdownSeparator(line) {
                if line.contains(UInt8(ascii: "=")) {
                    inFooter = true
                } else if alignments == nil, !inFooter {
                    alignments = Self.alignments(line.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: "|") : $0 }[...])
                    if header == nil, !rows.isEmpty {
                        header = rows.removeFirst()
                        // kramdown's header holds every row before the separator.
                        bodyRows = 0
                    }
                }
                continue
            }
            rows.append(cells(line, keepsMath: true, keepsCode: true))
            if !inFooter { bodyRows += 1 }
        }
        guard bodyRows > 0 else { return nil }
        let columns = max(header?.count ?? 0, rows.map(\.count).max() ?? 0, alignments?.count ?? 0)
        func padded(_ row: [[UInt8]]) -> [[UInt8]] { row + Array(repeating: [], count: columns - row.count) }
        var columnAlignments = alignments ?? []
        columnAlignments += Array(repeating: .none, count: columns - columnAlignments.count)
        var data = TableData(alignments: columnAlignments, header: header.map(padded) ?? [])
        data.rows = rows.map(padded)
        return data
    }

    /// `|---|:--|`, `|===|` or `|---+---|`: pipes, dashes or equals signs, colons, pluses and spaces.
    private static func isKramdownSeparator(_ line: ArraySlice<UInt8>) -> Bool {
        line.contains { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") } && line.allSatisfy {
            switch $0 {
            case UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "+"), 0x20, 0x09: true
            default: false
            }
        }
    }

    private static func isEscaped(_ row: ArraySlice<UInt8>, _ index: Int, from start: Int) -> Bool {
        var backslashes = 0
        var cursor = index - 1
        while cursor >= start, row[cursor] == UInt8(ascii: "\\") {
            backslashes += 1
            cursor -= 1
        }
        return backslashes % 2 == 1
    }

    private static func trimmed(_ cell: [UInt8]) -> [UInt8] {
        var start = 0
        var end = cell.count
        while start < end, isSpaceOrTab(cell[start]) { start += 1 }
        while end > start, isSpaceOrTab(cell[end - 1]) { end -= 1 }
        return Array(cell[start..<end])
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
