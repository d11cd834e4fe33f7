/// Parses TeX math tokens into a ``MathNode`` tree by recursive descent, recording a
/// ``MathProblem`` for everything it cannot render and rendering the rest.
///
/// Every nested construct (group, argument, `\left…\right`, environment, style switch)
/// goes deeper by about the number of MathML elements it nests; past ``maximumDepth``
/// the construct's tokens are skipped in one linear scan and shown as an error, so
/// recursion is bounded, time is linear, and the markup stays shallower than XML
/// parsers allow (libxml2 stops at 256 levels).
struct MathParser {
    /// Deeper nesting than this, in MathML elements, is not parsed.
    static let maximumDepth = 200
    /// How much deeper a group, argument or `\left` goes; a table cell goes three times as deep.
    static let groupDepth = 2

    let tokens: [TeXToken]
    let source: [UInt8]
    private(set) var problems: [MathProblem] = []
    var index = 0
    var depth = 0
    /// The alphabet letters and digits are set in (`\mathbf{…}`); nil for TeX's default.
    var font: MathFont?
    /// How many enclosing constructs wait for `}`, `\right` or `\end`; a list stops at
    /// such a closer for them instead of treating it as stray.
    var openGroups = 0
    var openLefts = 0
    var openEnvironments = 0
    /// The `\tag` of the current equation or alignment row.
    var tag: MathNode?
    /// A `\hline` or `\hdashline` seen in the current table row.
    var rowLine: String?
    private var reportedDepth = false

    init(tokens: [TeXToken], source: [UInt8], depth: Int = 0) {
        self.tokens = tokens
        self.source = source
        self.depth = depth
    }

    /// What ended a list of atoms.
    enum ListEnd: Equatable {
        case endOfInput
        case closeBrace
        case right
        case middle
        case end
        case alignment
        case rowBreak
        case bracket
        case dollar
    }

    /// What a list belongs to, which decides the tokens that end it.
    enum ListContext: Equatable {
        case formula
        case group
        case leftRight
        case cell
        case optionalArgument
        case inlineMath
    }

    // MARK: Formula

    mutating func parseFormula(display: MathDisplay) -> MathNode {
        var rows: [MathTable.Row] = []
        while true {
            let (nodes, end) = parseList(.formula)
            rows.append(MathTable.Row(cells: [.row(nodes)], tag: tag))
            tag = nil
            guard end == .rowBreak else { break }
            skipRowBreak()
        }
        if rows.count > 1, let last = rows.last, last.tag == nil, last.cells == [.row([])] { rows.removeLast() }
        if rows.count == 1 {
            let content = rows[0].cells[0]
            guard let label = rows[0].tag else { return content }
            if display == .inline { return .row([content, .space("1em"), label]) }
        }
        return .table(MathTable(rows: rows, displayStyle: display == .block))
    }

    // MARK: Lists

    /// Parses atoms up to the token that ends `context`, which is left unconsumed.
    mutating func parseList(_ context: ListContext) -> (nodes: [MathNode], end: ListEnd) {
        var builder = RowBuilder()
        var infix: (name: String, numerator: [MathNode], offset: Int)?
        var end = ListEnd.endOfInput
        while true {
            skipSpaces()
            guard index < tokens.count else { break }
            let token = tokens[index]
            switch closer(token, in: context) {
            case .ends(let listEnd):
                end = listEnd
            case .stray(let node):
                if let node { builder.append(Atom(node: node)) }
                continue
            case .notACloser:
                break
            }
            if end != .endOfInput { break }
            if case .command(let name) = token.kind {
                if MathParser.infixFractions.contains(name) {
                    index += 1
                    if infix != nil {
                        problem("ambiguous \\\(name): a group holds only one of \\over, \\atop, \\choose", token)
                    } else {
                        infix = (name, builder.take(), token.start)
                    }
                    continue
                }
                if let wrapped = parseStyleSwitch(name, token, context) {
                    builder.append(contentsOf: [wrapped.node])
                    end = wrapped.end
                    break
                }
            }
            if let atom = parseAtomWithScripts() { builder.append(atom) }
        }
        guard let infix else { return (builder.nodes, end) }
        let fraction = MathParser.infixFraction(infix.name, numerator: .row(infix.numerator), denominator: .row(builder.nodes))
        return ([fraction], end)
    }

    private static let infixFractions: Set<String> = ["over", "atop", "choose", "brace", "brack"]

    private static func infixFraction(_ name: String, numerator: MathNode, denominator: MathNode) -> MathNode {
        switch name {
        case "over": return .fraction(numerator, denominator, lineThickness: nil)
        case "atop": return .fraction(numerator, denominator, lineThickness: "0")
        case "brace": return fenced("{", .fraction(numerator, denominator, lineThickness: "0"), "}")
        case "brack": return fenced("[", .fraction(numerator, denominator, lineThickness: "0"), "]")
        default: return fenced("(", .fraction(numerator, denominator, lineThickness: "0"), ")")
        }
    }

    /// What a token means to a list of some context.
    private enum Closer {
        /// It ends the list.
        case ends(ListEnd)
        /// A closer no enclosing construct waits for: reported and consumed, leaving
        /// this node (if any) in the row, and the list goes on.
        case stray(MathNode?)
        case notACloser
    }

    private mutating func closer(_ token: TeXToken, in context: ListContext) -> Closer {
        switch token.kind {
        case .endGroup:
            if context == .group || openGroups > 0 { return .ends(.closeBrace) }
            problem("unmatched }", token)
            index += 1
            return .stray(nil)
        case .alignment:
            if context == .cell { return .ends(.alignment) }
            problem("& outside a table", token)
            index += 1
            return .stray(.error("&"))
        case .character("]") where context == .optionalArgument:
            return .ends(.bracket)
        case .character("$") where context == .inlineMath:
            return .ends(.dollar)
        case .command(let name):
            switch name {
            case "right":
                if context == .leftRight || openLefts > 0 { return .ends(.right) }
                problem("\\right without \\left", token)
                index += 1
                return .stray(readDelimiter(after: token).map { .operator($0, [MathAttribute("stretchy", "false")]) })
            case "middle" where context == .leftRight:
                return .ends(.middle)
            case "end":
                if context == .cell || openEnvironments > 0 { return .ends(.end) }
                problem("\\end without \\begin", token)
                index += 1
                _ = readEnvironmentName()
                return .stray(nil)
            case "\\", "cr", "newline":
                if context == .cell || context == .formula { return .ends(.rowBreak) }
                problem("\\\(name) outside a table", token)
                index += 1
                skipOptionalDimension()
                return .stray(nil)
            default:
                return .notACloser
            }
        case .character, .beginGroup, .caret, .underscore, .parameter, .space:
            return .notACloser
        }
    }

    // MARK: Atoms and scripts

    /// One atom with the subscripts, superscripts and primes after it; nil when the
    /// tokens only set state (`\label`, `\nonumber`) or were skipped.
    mutating func parseAtomWithScripts() -> Atom? {
        var atom: Atom
        guard let token = current else { return nil }
        switch token.kind {
        case .caret, .underscore, .character("'"):
            atom = Atom(node: .row([]))
        default:
            guard let parsed = parseAtom() else { return nil }
            atom = parsed
        }
        var lower: MathNode?
        var upper: MathNode?
        var primes = ""
        while true {
            skipSpaces()
            guard let token = current else { break }
            switch token.kind {
            case .caret, .underscore:
                let isUpper = token.kind == .caret
                if (isUpper ? upper : lower) != nil {
                    problem("double \(isUpper ? "superscript" : "subscript"); use braces to clarify", token)
                    return attach(atom, lower, upper, primes)
                }
                index += 1
                let script = parseArgument(of: isUpper ? "^" : "_", at: token)
                if isUpper { upper = script } else { lower = script }
            case .character("'"):
                if upper != nil {
                    problem("prime after a superscript; use braces to clarify", token)
                    return attach(atom, lower, upper, primes)
                }
                index += 1
                primes.unicodeScalars.append("\u{2032}")
            case .command("limits"), .command("nolimits"):
                index += 1
                if atom.kind == .largeOperator || atom.kind == .operatorName {
                    atom.limits = token.kind == .command("limits") ? .always : .beside
                    atom.node = MathParser.settingMovableLimits(atom.node, false)
                } else {
                    problem("\\\(token.commandName ?? "") must follow a big operator", token)
                }
            default:
                return attach(atom, lower, upper, primes)
            }
        }
        return attach(atom, lower, upper, primes)
    }

    private func attach(_ atom: Atom, _ lower: MathNode?, _ upper: MathNode?, _ primes: String) -> Atom {
        var upper = upper
        if !primes.isEmpty {
            let prime = MathNode.operator(MathParser.primes(primes.unicodeScalars.count), [])
            upper = upper.map { .row([prime, $0]) } ?? prime
        }
        guard lower != nil || upper != nil else { return atom }
        var result = atom
        result.node = .scripts(MathScripts(base: atom.node, lower: lower, upper: upper, underOver: atom.limits != .beside))
        return result
    }

    private static func primes(_ count: Int) -> String {
        switch count {
        case 1: "\u{2032}"
        case 2: "\u{2033}"
        case 3: "\u{2034}"
        default: String(repeating: "\u{2032}", count: count)
        }
    }

    static func settingMovableLimits(_ node: MathNode, _ movable: Bool) -> MathNode {
        guard case .operator(let text, var attributes) = node else { return node }
        attributes.removeAll { $0.name == "movablelimits" }
        attributes.insert(MathAttribute("movablelimits", movable ? "true" : "false"), at: 0)
        return .operator(text, attributes)
    }

    /// One atom without scripts.
    mutating func parseAtom() -> Atom? {
        guard let token = current else { return nil }
        switch token.kind {
        case .character(let scalar):
            return parseCharacter(scalar, token)
        case .beginGroup:
            return Atom(node: .row(parseGroup()))
        case .command(let name):
            index += 1
            return parseCommand(name, token)
        case .parameter:
            index += 1
            problem("# is not allowed in math", token)
            return Atom(node: .error("#"))
        case .caret, .underscore, .endGroup, .alignment, .space:
            index += 1
            return nil
        }
    }

    // MARK: Groups and arguments

    /// `{…}`: the atoms inside; a missing `}` is reported at the `{`.
    mutating func parseGroup() -> [MathNode] {
        guard let open = current, open.kind == .beginGroup else { return [] }
        index += 1
        let nodes = nested(.group, at: open) { parser in
            parser.openGroups += 1
            defer { parser.openGroups -= 1 }
            return parser.parseList(.group)
        }
        if let close = current, close.kind == .endGroup {
            index += 1
        } else {
            problem("missing } for this {", open)
        }
        return nodes
    }

    /// The argument of a command: a group, or else one token (`\frac12`). A missing one is
    /// reported and rendered empty.
    mutating func parseArgument(of command: String, at token: TeXToken) -> MathNode {
        skipSpaces()
        guard let next = current, MathParser.canStartArgument(next) else {
            problem("\(command == "^" || command == "_" ? command : "\\" + command) is missing its argument", token)
            return .row([])
        }
        if next.kind == .beginGroup { return MathNode.grouping(parseGroup()) }
        if case .character(let scalar) = next.kind, MathParser.isDigit(scalar) {
            index += 1
            return .number(font?.map(scalar).map { String($0) } ?? String(scalar))
        }
        return deeper(at: next) { $0.parseAtom()?.node ?? .row([]) }
    }

    /// Runs `body`, which parses one token's atom (`\hat\hat x`), one level deeper; past
    /// ``maximumDepth`` the token is skipped and shown as an error instead.
    mutating func deeper(at token: TeXToken, _ body: (inout MathParser) -> MathNode) -> MathNode {
        guard depth < MathParser.maximumDepth else {
            reportDepth(at: token)
            index += 1
            return .error(slice(from: token.start, to: token.end))
        }
        depth += MathParser.groupDepth
        defer { depth -= MathParser.groupDepth }
        return body(&self)
    }

    private mutating func reportDepth(at token: TeXToken) {
        guard !reportedDepth else { return }
        reportedDepth = true
        problem("formula nested too deeply; the rest of this group is not rendered", token)
    }

    static func canStartArgument(_ token: TeXToken) -> Bool {
        switch token.kind {
        case .endGroup, .alignment, .caret, .underscore: false
        case .command(let name): !["right", "end", "\\", "cr", "middle", "newline"].contains(name)
        case .character, .beginGroup, .parameter, .space: true
        }
    }

    /// `[…]` after a command (`\sqrt[3]{x}`), or nil when there is none.
    mutating func parseOptionalArgument() -> MathNode? {
        skipSpaces()
        guard let open = current, open.kind == .character("[") else { return nil }
        index += 1
        let nodes = nested(.optionalArgument, at: open) { $0.parseList(.optionalArgument) }
        if let close = current, close.kind == .character("]") {
            index += 1
        } else {
            problem("missing ] for this [", open)
        }
        return .row(nodes)
    }

    /// The raw text of `[…]` (a dimension or column alignment), or nil when there is none.
    mutating func readOptionalText() -> String? {
        skipSpaces()
        guard let open = current, open.kind == .character("[") else { return nil }
        var end = index + 1
        while end < tokens.count, tokens[end].kind != .character("]"), tokens[end].kind != .endGroup { end += 1 }
        guard end < tokens.count, tokens[end].kind == .character("]") else { return nil }
        let text = slice(from: open.end, to: tokens[end].start)
        index = end + 1
        return text
    }

    /// The raw text of a `{…}` argument made of plain characters (a color, an environment
    /// name, a column specification), or nil when the argument is missing.
    mutating func readBracedText() -> String? {
        skipSpaces()
        guard let open = current, open.kind == .beginGroup else {
            if let single = current, let scalar = single.character {
                index += 1
                return String(scalar)
            }
            return nil
        }
        var level = 0
        var end = index
        while end < tokens.count {
            switch tokens[end].kind {
            case .beginGroup: level += 1
            case .endGroup: level -= 1
            default: break
            }
            if level == 0 { break }
            end += 1
        }
        guard end < tokens.count else {
            problem("missing } for this {", open)
            index = tokens.count
            return slice(from: open.end, to: source.count)
        }
        index = end + 1
        return slice(from: open.end, to: tokens[end].start)
    }

    /// Runs `body` one level deeper; past ``maximumDepth`` skips the construct's tokens
    /// instead, up to the token that would end it, and shows them as an error.
    mutating func nested(_ context: ListContext, at token: TeXToken, _ body: (inout MathParser) -> (nodes: [MathNode], end: ListEnd)) -> [MathNode] {
        nestedList(context, at: token, body).nodes
    }

    mutating func nestedList(_ context: ListContext, at token: TeXToken, _ body: (inout MathParser) -> (nodes: [MathNode], end: ListEnd)) -> (nodes: [MathNode], end: ListEnd) {
        guard depth < MathParser.maximumDepth else {
            reportDepth(at: token)
            let start = current?.start ?? source.count
            let end = skipToEnd(of: context)
            return ([.error(slice(from: start, to: current?.start ?? source.count))], end)
        }
        let weight = context == .cell ? 3 * MathParser.groupDepth : MathParser.groupDepth
        depth += weight
        defer { depth -= weight }
        return body(&self)
    }

    /// Skips tokens to the one that ends a list of `context` at this level, counting
    /// braces, `\left`…`\right` and `\begin`…`\end` on the way; one pass, no recursion.
    private mutating func skipToEnd(of context: ListContext) -> ListEnd {
        var braces = 0
        var lefts = 0
        var environments = 0
        while let token = current {
            let level = braces == 0 && lefts == 0 && environments == 0
            switch token.kind {
            case .beginGroup: braces += 1
            case .endGroup:
                if level { return .closeBrace }
                braces -= 1
            case .alignment where level && context == .cell: return .alignment
            case .character("]") where level && context == .optionalArgument: return .bracket
            case .character("$") where level && context == .inlineMath: return .dollar
            case .command(let name):
                switch name {
                case "left": lefts += 1
                case "right":
                    if lefts == 0 { return .right }
                    lefts -= 1
                case "begin": environments += 1
                case "end":
                    if environments == 0 { return .end }
                    environments -= 1
                case "\\", "cr", "newline":
                    if level && (context == .cell || context == .formula) { return .rowBreak }
                default: break
                }
            default: break
            }
            index += 1
        }
        return .endOfInput
    }

    // MARK: Tokens

    var current: TeXToken? { index < tokens.count ? tokens[index] : nil }

    mutating func skipSpaces() {
        while index < tokens.count, tokens[index].kind == .space { index += 1 }
    }

    /// After `\\`: the optional `[dimension]` of extra space, which is read and dropped.
    mutating func skipRowBreak() {
        index += 1
        skipOptionalDimension()
    }

    mutating func skipOptionalDimension() {
        let saved = index
        if readOptionalText() == nil { index = saved }
    }

    func slice(from start: Int, to end: Int) -> String {
        guard start < end, end <= source.count else { return "" }
        return String(decoding: source[start..<end], as: UTF8.self)
    }

    mutating func problem(_ message: String, _ token: TeXToken) {
        problems.append(MathProblem(message: message, command: slice(from: token.start, to: token.end), offset: token.start))
    }

    mutating func append(problems more: [MathProblem]) {
        problems.append(contentsOf: more)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }

    /// `open` content `close` with non-stretching parentheses, for `\binom` and `\pmod`.
    static func fenced(_ open: String, _ content: MathNode, _ close: String) -> MathNode {
        .row([
            .operator(open, [MathAttribute("fence", "true"), MathAttribute("stretchy", "true")]),
            content,
            .operator(close, [MathAttribute("fence", "true"), MathAttribute("stretchy", "true")]),
        ])
    }
}
