/// mhchem's `\ce{…}` basics: formulas (`H2O`, `(NH4)2SO4`, `CuSO4*5H2O`), coefficients,
/// charges (`SO4^2-`, `Na+`, `Fe^{3+}`), states (`(aq)`), `+`, and reaction arrows
/// (`->`, `<-`, `<->`, `<=>`, with `[above][below]` text). Elements are upright, counts
/// are subscripts. TeX commands and `$…$` inside are handed back to the math parser.
struct ChemistryParser {
    /// Converts embedded TeX (its text and UTF-8 offset) to a node.
    typealias EmbeddedMath = (String, Int) -> MathNode

    private let scalars: [Unicode.Scalar]
    private let offsets: [Int]
    private let embedded: EmbeddedMath
    private var index = 0
    private var nodes: [MathNode] = []
    /// At the start of a term: digits are a coefficient, not a count.
    private var termStart = true

    /// `{…}` groups nest at most this deep; deeper ones are read as plain text.
    static let maximumNesting = 10

    /// `text` starts at UTF-8 offset `offset` of the formula.
    init(_ text: String, offset: Int, embedded: @escaping EmbeddedMath) {
        scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        var position = offset
        for scalar in scalars {
            offsets.append(position)
            position += UTF8.width(scalar)
        }
        offsets.append(position)
        self.offsets = offsets
        self.embedded = embedded
    }

    static let arrows: [(String, String)] = [
        ("<-->", "⟷"), ("<=>>", "⇌"), ("<<=>", "⇌"), ("<=>", "⇌"), ("<->", "↔"), ("->", "→"), ("<-", "←"),
    ]

    mutating func parse(nesting: Int = 0) -> [MathNode] {
        while index < scalars.count {
            let scalar = scalars[index]
            if let (text, arrow) = ChemistryParser.arrows.first(where: { matches($0.0) }) {
                index += text.unicodeScalars.count
                nodes.append(reactionArrow(arrow, nesting: nesting))
                termStart = true
                continue
            }
            switch scalar {
            case " ", "\t", "\n", "\r":
                index += 1
                termStart = true
            case "0"..."9":
                let digits = read { MathParser.isDigit($0) || $0 == "." || $0 == "/" }
                if termStart || nodes.isEmpty {
                    nodes.append(.number(digits))
                } else {
                    attach(lower: .number(digits))
                }
            case "A"..."Z":
                var element = String(scalar)
                index += 1
                element += read { $0 >= "a" && $0 <= "z" }
                nodes.append(.identifier(element, element.unicodeScalars.count == 1 ? [MathAttribute("mathvariant", "normal")] : []))
                termStart = false
            case "a"..."z":
                let letters = read { $0 >= "a" && $0 <= "z" }
                nodes.append(.identifier(letters, letters.unicodeScalars.count == 1 ? [MathAttribute("mathvariant", "normal")] : []))
                termStart = false
            case "+", "-":
                index += 1
                if !termStart, !nodes.isEmpty, index >= scalars.count || [" ", ")", "]", "}"].contains(scalars[index]) {
                    attach(upper: ChemistryParser.sign(scalar))
                } else {
                    nodes.append(scalar == "+" ? .operator("+", []) : .operator("\u{2212}", []))
                    termStart = true
                }
            case "^":
                index += 1
                if current == " " {
                    nodes.append(.operator("↑", []))
                } else {
                    attach(upper: script(nesting: nesting))
                }
            case "_":
                index += 1
                attach(lower: script(nesting: nesting))
            case "*", "·":
                index += 1
                nodes.append(.operator("\u{22C5}", []))
                termStart = true
            case "(", "[":
                index += 1
                nodes.append(.operator(String(scalar), MathParser.notStretchy))
            case ")", "]":
                index += 1
                nodes.append(.operator(String(scalar), MathParser.notStretchy))
                termStart = false
            case "=":
                index += 1
                nodes.append(.operator("=", []))
                termStart = true
            case "$":
                let start = index + 1
                index = start
                while index < scalars.count, scalars[index] != "$" { index += 1 }
                nodes.append(embedded(text(start, index), offsets[start]))
                if index < scalars.count { index += 1 }
            case "\\":
                let start = index
                index += 1
                if index < scalars.count, TeXTokenizer.isLetter(scalars[index]) {
                    while index < scalars.count, TeXTokenizer.isLetter(scalars[index]) { index += 1 }
                } else if index < scalars.count {
                    index += 1
                }
                nodes.append(embedded(text(start, index), offsets[start]))
            case "{":
                let inner = group()
                nodes.append(.row(subparse(inner, nesting: nesting)))
            case "v" where current == "v" && (index + 1 >= scalars.count || scalars[index + 1] == " ") && termStart:
                index += 1
                nodes.append(.operator("↓", []))
            default:
                index += 1
                nodes.append(.operator(String(scalar), []))
            }
        }
        return nodes
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func matches(_ text: String) -> Bool {
        var position = index
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private mutating func read(while accepts: (Unicode.Scalar) -> Bool) -> String {
        var text = ""
        while index < scalars.count, accepts(scalars[index]) {
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        return text
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<min(end, scalars.count)]))
    }

    /// The `{…}` at `index` without its braces; `index` moves past it.
    private mutating func group() -> (start: Int, end: Int) {
        let (content, next) = BalancedBraces.group(in: scalars, openingAt: index)
        index = next
        return (content.lowerBound, content.upperBound)
    }

    private func subparse(_ range: (start: Int, end: Int), nesting: Int) -> [MathNode] {
        let inner = text(range.start, range.end)
        guard nesting < ChemistryParser.maximumNesting else { return [.text(inner)] }
        var parser = ChemistryParser(inner, offset: offsets[range.start], embedded: embedded)
        return parser.parse(nesting: nesting + 1)
    }

    /// A superscript or subscript: a charge (`2-`, `+`), a group, or one character.
    private mutating func script(nesting: Int) -> MathNode {
        if current == "{" {
            let range = group()
            return ChemistryParser.charge(text(range.start, range.end)) ?? .row(subparse(range, nesting: nesting))
        }
        let token = read { MathParser.isDigit($0) || $0 == "+" || $0 == "-" }
        if let charge = ChemistryParser.charge(token) { return charge }
        guard let scalar = current else { return .row([]) }
        index += 1
        return MathParser.isDigit(scalar) ? .number(String(scalar)) : .identifier(String(scalar), [])
    }

    /// Digits and a sign (`2-`, `3+`, `-`), as a charge.
    private static func charge(_ text: String) -> MathNode? {
        let scalars = Array(text.unicodeScalars)
        guard let sign = scalars.last, sign == "+" || sign == "-" else {
            if !scalars.isEmpty, scalars.allSatisfy({ MathParser.isDigit($0) }) { return .number(text) }
            return nil
        }
        let digits = scalars.dropLast()
        guard digits.allSatisfy({ MathParser.isDigit($0) }) else { return nil }
        if digits.isEmpty { return ChemistryParser.sign(sign) }
        return .row([.number(String(String.UnicodeScalarView(digits))), ChemistryParser.sign(sign)])
    }

    private static func sign(_ scalar: Unicode.Scalar) -> MathNode {
        .operator(scalar == "+" ? "+" : "\u{2212}", [])
    }

    /// A reaction arrow, with the `[above]` and `[below]` texts that may follow it.
    /// Its texts are chemistry too (`->[\Delta]`, `->[H2O]`).
    private mutating func reactionArrow(_ arrow: String, nesting: Int) -> MathNode {
        let above = bracketRange()
        let below = above == nil ? nil : bracketRange()
        let node = MathNode.operator(arrow, [MathAttribute("stretchy", "true"), MathAttribute("minsize", "2em")])
        guard above != nil || below != nil else { return node }
        return .scripts(MathScripts(base: node, lower: arrowText(below, nesting: nesting), upper: arrowText(above, nesting: nesting), underOver: true))
    }

    private func arrowText(_ range: (start: Int, end: Int)?, nesting: Int) -> MathNode? {
        range.map { .padded([MathAttribute("lspace", "0.3em"), MathAttribute("width", "+0.6em")], .row(subparse($0, nesting: nesting))) }
    }

    /// The text of the `[…]` at `index`, without its brackets; `index` moves past it.
    private mutating func bracketRange() -> (start: Int, end: Int)? {
        guard current == "[" else { return nil }
        let start = index + 1
        var end = start
        while end < scalars.count, scalars[end] != "]" { end += 1 }
        guard end < scalars.count else { return nil }
        index = end + 1
        return (start, end)
    }

    /// Adds a script to the last node, merging with a script already there (`SO4^2-`).
    private mutating func attach(lower: MathNode? = nil, upper: MathNode? = nil) {
        guard let last = nodes.popLast() else {
            nodes.append(.scripts(MathScripts(base: .row([]), lower: lower, upper: upper, underOver: false)))
            return
        }
        if case .scripts(var scripts) = last, !scripts.underOver,
           lower == nil || scripts.lower == nil, upper == nil || scripts.upper == nil {
            scripts.lower = lower ?? scripts.lower
            scripts.upper = upper ?? scripts.upper
            nodes.append(.scripts(scripts))
        } else {
            nodes.append(.scripts(MathScripts(base: last, lower: lower, upper: upper, underOver: false)))
        }
    }
}

extension MathParser {
    /// `\ce{…}` has been read: the chemistry inside, upright, as a row.
    mutating func parseChemistry(_ token: TeXToken) -> MathNode {
        skipSpaces()
        guard let open = current, open.kind == .beginGroup else {
            problem("\\ce is missing its argument", token)
            return .row([])
        }
        let text = readBracedText() ?? ""
        guard depth < MathParser.maximumDepth else {
            problem("formula nested too deeply; the rest of this group is not rendered", token)
            return .error(text)
        }
        var found: [MathProblem] = []
        let depth = self.depth + 2 * MathParser.groupDepth
        var chemistry = ChemistryParser(text, offset: open.end) { tex, offset in
            var parser = MathParser(tokens: TeXTokenizer.tokens(of: tex), source: Array(tex.utf8), depth: depth)
            let node = parser.parseFormula(display: .inline)
            found += parser.problems.map { MathProblem(message: $0.message, command: $0.command, offset: $0.offset + offset) }
            return node
        }
        let nodes = chemistry.parse()
        append(problems: found)
        return .row(nodes)
    }
}
