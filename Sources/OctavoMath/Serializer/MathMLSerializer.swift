import OctavoModel

/// Writes the math tree as presentation MathML 3 inside `<math>`, with the TeX it came
/// from in an `application/x-tex` annotation and, on one line, as the `alttext` that
/// reading systems speak or show when they cannot render MathML.
enum MathMLSerializer {
    static let namespace = "http://www.w3.org/1998/Math/MathML"

    static func document(_ formula: MathNode, tex: String, display: MathDisplay) -> String {
        var output = "<math xmlns=\"\(namespace)\" display=\"\(display == .block ? "block" : "inline")\" alttext=\""
        output += XMLEscaping.escaped(oneLine(tex), in: .attribute)
        output += "\"><semantics>"
        if case .row = formula {
            write(formula, to: &output)
        } else {
            write(.row([formula]), to: &output)
        }
        output += "<annotation encoding=\"application/x-tex\">"
        output += XMLEscaping.escaped(tex, in: .text)
        output += "</annotation></semantics></math>"
        return output
    }

    /// `text` with each run of white space made one space, none at either end.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Writes one node as one element; the tree's depth is bounded by the parser.
    static func write(_ node: MathNode, to output: inout String) {
        switch node {
        case .identifier(let text, let attributes):
            token("mi", text, attributes, to: &output)
        case .number(let text):
            token("mn", text, [], to: &output)
        case .operator(let text, let attributes):
            token("mo", text, attributes, to: &output)
        case .text(let text):
            token("mtext", text, [], to: &output)
        case .space(let width):
            output += "<mspace width=\""
            output += XMLEscaping.escaped(width, in: .attribute)
            output += "\"/>"
        case .row(let children):
            element("mrow", [], children, to: &output)
        case .fraction(let numerator, let denominator, let lineThickness):
            element("mfrac", lineThickness.map { [MathAttribute("linethickness", $0)] } ?? [], [numerator, denominator], to: &output)
        case .root(let base, let index):
            if let index {
                element("mroot", [], [base, index], to: &output)
            } else {
                element("msqrt", [], [base], to: &output)
            }
        case .scripts(let scripts):
            write(scripts, to: &output)
        case .table(let table):
            write(table, to: &output)
        case .style(let attributes, let child):
            element("mstyle", attributes, [child], to: &output)
        case .enclose(let notation, let child):
            element("menclose", [MathAttribute("notation", notation)], [child], to: &output)
        case .phantom(let child):
            element("mphantom", [], [child], to: &output)
        case .padded(let attributes, let child):
            element("mpadded", attributes, [child], to: &output)
        case .error(let text):
            element("merror", [], [.text(text)], to: &output)
        }
    }

    private static func write(_ scripts: MathScripts, to output: inout String) {
        let children = [scripts.base] + [scripts.lower, scripts.upper].compactMap { $0 }
        guard children.count > 1 else {
            write(scripts.base, to: &output)
            return
        }
        let name: String
        var attributes: [MathAttribute] = []
        switch (scripts.underOver, scripts.lower != nil, scripts.upper != nil) {
        case (false, true, true): name = "msubsup"
        case (false, true, false): name = "msub"
        case (false, false, _): name = "msup"
        case (true, true, true): name = "munderover"
        case (true, true, false): name = "munder"
        case (true, false, _): name = "mover"
        }
        if scripts.underOver, scripts.upper != nil, scripts.accent { attributes.append(MathAttribute("accent", "true")) }
        if scripts.underOver, scripts.lower != nil, scripts.accentUnder { attributes.append(MathAttribute("accentunder", "true")) }
        element(name, attributes, children, to: &output)
    }

    /// Tables carry their layout twice: as MathML 3 attributes, and as CSS on the cells
    /// for renderers that implement MathML Core, which reads only CSS.
    private static func write(_ table: MathTable, to output: inout String) {
        let tagged = table.rows.contains { $0.tag != nil }
        let columns = table.rows.map(\.cells.count).max() ?? 0
        var attributes: [MathAttribute] = []
        if let displayStyle = table.displayStyle { attributes.append(MathAttribute("displaystyle", displayStyle ? "true" : "false")) }
        if let spacing = table.columnSpacing { attributes.append(MathAttribute("columnspacing", tagged ? "0em " + spacing + " 0em" : spacing)) }
        if let spacing = table.rowSpacing { attributes.append(MathAttribute("rowspacing", spacing)) }
        if !table.columnLines.isEmpty {
            let lines = tagged ? ["none"] + padded(table.columnLines, to: columns - 1) + ["none"] : table.columnLines
            attributes.append(MathAttribute("columnlines", lines.joined(separator: " ")))
        }
        if !table.rowLines.isEmpty { attributes.append(MathAttribute("rowlines", table.rowLines.joined(separator: " "))) }
        if let frame = table.frame { attributes.append(MathAttribute("frame", frame)) }
        if tagged { attributes.append(MathAttribute("style", "width:100%")) }
        open("mtable", attributes, to: &output)
        for (rowIndex, row) in table.rows.enumerated() {
            output += "<mtr>"
            if tagged { output += "<mtd style=\"width:50%\"></mtd>" }
            for column in 0..<max(columns, 1) {
                open("mtd", cellAttributes(table, row: rowIndex, column: column), to: &output)
                if column < row.cells.count { write(row.cells[column], to: &output) }
                output += "</mtd>"
            }
            if tagged {
                output += "<mtd columnalign=\"right\" style=\"width:50%;text-align:right\">"
                if let tag = row.tag { write(tag, to: &output) }
                output += "</mtd>"
            }
            output += "</mtr>"
        }
        output += "</mtable>"
    }

    private static func cellAttributes(_ table: MathTable, row: Int, column: Int) -> [MathAttribute] {
        let alignment = table.alignments[min(column, table.alignments.count - 1)]
        var attributes: [MathAttribute] = []
        var style: [String] = []
        if alignment != .center {
            attributes.append(MathAttribute("columnalign", alignment.rawValue))
            style.append("text-align:" + alignment.rawValue)
        }
        if table.pairedColumns {
            style.append(alignment == .right ? "padding-right:0" : "padding-left:0")
        }
        if column < table.columnLines.count, table.columnLines[column] != "none" {
            style.append("border-right:0.06em " + table.columnLines[column])
        }
        if row < table.rowLines.count, table.rowLines[row] != "none" {
            style.append("border-bottom:0.06em " + table.rowLines[row])
        }
        if !style.isEmpty { attributes.append(MathAttribute("style", style.joined(separator: ";"))) }
        return attributes
    }

    private static func padded(_ lines: [String], to count: Int) -> [String] {
        lines.count >= count ? Array(lines.prefix(max(count, 0))) : lines + Array(repeating: lines.last ?? "none", count: count - lines.count)
    }

    private static func token(_ name: String, _ text: String, _ attributes: [MathAttribute], to output: inout String) {
        open(name, attributes, to: &output)
        output += XMLEscaping.escaped(text, in: .text)
        output += "</" + name + ">"
    }

    private static func element(_ name: String, _ attributes: [MathAttribute], _ children: [MathNode], to output: inout String) {
        open(name, attributes, to: &output)
        for child in children { write(child, to: &output) }
        output += "</" + name + ">"
    }

    private static func open(_ name: String, _ attributes: [MathAttribute], to output: inout String) {
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name + "=\""
            output += XMLEscaping.escaped(attribute.value, in: .attribute)
            output += "\""
        }
        output += ">"
    }
}
