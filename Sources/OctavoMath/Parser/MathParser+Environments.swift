/// `\begin{…}…\end{…}`: matrices, arrays, cases and the amsmath alignments, as tables.
extension MathParser {
    /// How an environment lays out its cells.
    private enum Layout {
        case matrix(open: String, close: String)
        case array
        case cases(open: String, close: String)
        case alignment
        case eqnarray
        case centered
    }

    private static func layout(of name: String) -> (layout: Layout, display: Bool, rowTags: Bool)? {
        switch name {
        case "matrix", "smallmatrix", "matrix*", "smallmatrix*": (.matrix(open: "", close: ""), false, false)
        case "pmatrix", "pmatrix*": (.matrix(open: "(", close: ")"), false, false)
        case "bmatrix", "bmatrix*": (.matrix(open: "[", close: "]"), false, false)
        case "Bmatrix", "Bmatrix*": (.matrix(open: "{", close: "}"), false, false)
        case "vmatrix", "vmatrix*": (.matrix(open: "|", close: "|"), false, false)
        case "Vmatrix", "Vmatrix*": (.matrix(open: "‖", close: "‖"), false, false)
        case "array", "subarray", "darray": (.array, name == "darray", false)
        case "cases": (.cases(open: "{", close: ""), false, false)
        case "dcases": (.cases(open: "{", close: ""), true, false)
        case "rcases": (.cases(open: "", close: "}"), false, false)
        case "drcases": (.cases(open: "", close: "}"), true, false)
        case "aligned", "alignedat", "split": (.alignment, true, false)
        case "align", "align*", "alignat", "alignat*", "flalign", "flalign*": (.alignment, true, true)
        case "eqnarray", "eqnarray*": (.eqnarray, true, true)
        case "gathered": (.centered, true, false)
        case "gather", "gather*", "multline", "multline*": (.centered, true, true)
        case "equation", "equation*": (.centered, true, false)
        default: nil
        }
    }

    /// `\begin` has been read: the environment up to its `\end`.
    mutating func parseEnvironment(_ token: TeXToken) -> Atom {
        guard let name = readEnvironmentName() else {
            problem("\\begin without an environment name", token)
            return Atom(node: .row([]))
        }
        let known = MathParser.layout(of: name)
        if known == nil { problem("unknown environment \(name)", token) }
        let (layout, display, rowTags) = known ?? (.matrix(open: "", close: ""), false, false)
        var specification: ColumnSpecification?
        if name.hasSuffix("*"), case .matrix = layout, let alignment = readOptionalText() {
            specification = ColumnSpecification(alignment)
        }
        if case .array = layout {
            _ = readOptionalText()
            let text = readBracedText() ?? ""
            let columns = ColumnSpecification(text)
            if !columns.unknown.isEmpty || columns.alignments.isEmpty { problem("cannot read the column specification {\(text)}", token) }
            specification = columns
        }
        if name.hasPrefix("alignat") || name == "alignedat" { _ = readBracedText() }

        let outerTag = tag
        let outerRowLine = rowLine
        if rowTags { tag = nil }
        rowLine = nil
        openEnvironments += 1
        var rows: [MathTable.Row] = []
        var linesBefore: [String?] = []
        var cells: [MathNode] = []
        let paired: Bool = if case .alignment = layout { true } else { false }
        parsing: while true {
            let (nodes, end) = nestedList(.cell, at: token) { $0.parseList(.cell) }
            cells.append(paired && cells.count % 2 == 1 ? .row([.identifier("", [])] + nodes) : .row(nodes))
            if end == .alignment {
                index += 1
                continue
            }
            rows.append(MathTable.Row(cells: cells, tag: rowTags ? tag : nil))
            if rowTags { tag = nil }
            linesBefore.append(rowLine)
            rowLine = nil
            cells = []
            switch end {
            case .rowBreak:
                skipRowBreak()
            case .end:
                let endToken = tokens[index]
                index += 1
                let closing = readEnvironmentName()
                if closing != name { problem("\\end{\(closing ?? "")} does not match \\begin{\(name)}", endToken) }
                break parsing
            default:
                problem("\\begin{\(name)} without \\end{\(name)}", token)
                break parsing
            }
        }
        openEnvironments -= 1
        if rowTags { tag = outerTag }
        rowLine = outerRowLine

        var bottomLine: String?
        if rows.count > 1, let last = rows.last, last.tag == nil, last.cells.allSatisfy({ $0 == .row([]) }) {
            rows.removeLast()
            bottomLine = linesBefore.removeLast()
        }
        if name.hasPrefix("equation"), rows.count == 1, rows[0].cells.count == 1 {
            return Atom(node: rows[0].cells[0])
        }
        var table = MathTable(rows: rows, displayStyle: display)
        let columns = rows.map(\.cells.count).max() ?? 1
        table.rowLines = MathParser.lines(linesBefore.dropFirst().map { $0 ?? "none" })
        if let top = linesBefore.first ?? nil, let bottomLine { table.frame = top == "dashed" && bottomLine == "dashed" ? "dashed" : "solid" }
        switch layout {
        case .matrix(let open, let close):
            if let specification { table.alignments = specification.alignments.isEmpty ? [.center] : specification.alignments }
            var node = MathNode.table(table)
            if name.hasPrefix("smallmatrix") { node = .style([MathAttribute("scriptlevel", "1")], node) }
            return Atom(node: MathParser.delimited(open, node, close))
        case .array:
            if let specification, !specification.alignments.isEmpty {
                table.alignments = specification.alignments
                let lines = specification.linesAfter.dropLast() + Array(repeating: "none", count: max(0, columns - specification.linesAfter.count))
                table.columnLines = MathParser.lines(Array(lines.prefix(max(columns - 1, 0))))
                if let leading = specification.leadingLine, let trailing = specification.linesAfter.last, trailing != "none" {
                    table.frame = leading == "dashed" && trailing == "dashed" ? "dashed" : "solid"
                }
            }
            let node = MathNode.table(table)
            return Atom(node: name == "subarray" ? .style([MathAttribute("scriptlevel", "1")], node) : node)
        case .cases(let open, let close):
            table.alignments = [.left, .left]
            table.columnSpacing = "1em"
            return Atom(node: MathParser.delimited(open, .table(table), close))
        case .alignment:
            table.alignments = (0..<columns).map { $0 % 2 == 0 ? .right : .left }
            table.columnSpacing = (1..<max(columns, 2)).map { $0 % 2 == 1 ? "0em" : "2em" }.joined(separator: " ")
            table.pairedColumns = true
            return Atom(node: .table(table))
        case .eqnarray:
            table.alignments = [.right, .center, .left]
            return Atom(node: .table(table))
        case .centered:
            return Atom(node: .table(table))
        }
    }

    /// Lines between rows or columns, or none at all when every one is `none`.
    private static func lines(_ lines: [String]) -> [String] {
        lines.allSatisfy { $0 == "none" } ? [] : lines
    }

    private static func delimited(_ open: String, _ content: MathNode, _ close: String) -> MathNode {
        var nodes: [MathNode] = []
        if !open.isEmpty { nodes.append(.operator(open, fence("prefix"))) }
        nodes.append(content)
        if !close.isEmpty { nodes.append(.operator(close, fence("postfix"))) }
        return .row(nodes)
    }

    /// The `{name}` after `\begin` or `\end`.
    mutating func readEnvironmentName() -> String? {
        guard let text = readBracedText() else { return nil }
        let name = text.trimmingSpaces
        return name.isEmpty ? nil : name
    }

    /// `\substack{a\\b}`: centered rows in script size.
    mutating func parseSubstack(_ token: TeXToken) -> MathNode {
        skipSpaces()
        guard let open = current, open.kind == .beginGroup else {
            problem("\\substack is missing its argument", token)
            return .row([])
        }
        index += 1
        var rows: [MathTable.Row] = []
        openGroups += 1
        while true {
            let (nodes, end) = nestedList(.cell, at: token) { $0.parseList(.cell) }
            rows.append(MathTable.Row(cells: [.row(nodes)]))
            if end == .rowBreak || end == .alignment {
                index += 1
                continue
            }
            break
        }
        openGroups -= 1
        if current?.kind == .endGroup {
            index += 1
        } else {
            problem("missing } for this {", open)
        }
        var table = MathTable(rows: rows)
        table.rowSpacing = "0.1em"
        return .style([MathAttribute("scriptlevel", "1")], .table(table))
    }
}
