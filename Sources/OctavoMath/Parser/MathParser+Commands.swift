/// Commands: structures first (fractions, roots, fonts, accents, environments), then the
/// symbol tables; an unknown command becomes an `<merror>` and a problem.
extension MathParser {
    mutating func parseCommand(_ name: String, _ token: TeXToken) -> Atom? {
        if let atom = parseStructure(name, token) { return atom }
        if let atom = parseDecoration(name, token) { return atom }
        if let atom = parseSetting(name, token) { return atom.node == .row([]) ? nil : atom }
        if let atom = symbol(name, token) { return atom }
        problem("unknown command \\\(name)", token)
        return Atom(node: .error("\\" + name))
    }

    // MARK: Structures

    private mutating func parseStructure(_ name: String, _ token: TeXToken) -> Atom? {
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = parseArgument(of: name, at: token)
            let denominator = parseArgument(of: name, at: token)
            let fraction = MathNode.fraction(numerator, denominator, lineThickness: nil)
            switch name {
            case "dfrac", "cfrac": return Atom(node: .style(MathParser.displayStyle, fraction))
            case "tfrac": return Atom(node: .style(MathParser.textStyle, fraction))
            default: return Atom(node: fraction)
            }
        case "binom", "dbinom", "tbinom":
            let top = parseArgument(of: name, at: token)
            let bottom = parseArgument(of: name, at: token)
            let binomial = MathParser.fenced("(", .fraction(top, bottom, lineThickness: "0"), ")")
            switch name {
            case "dbinom": return Atom(node: .style(MathParser.displayStyle, binomial))
            case "tbinom": return Atom(node: .style(MathParser.textStyle, binomial))
            default: return Atom(node: binomial)
            }
        case "sqrt":
            let index = parseOptionalArgument()
            return Atom(node: .root(parseArgument(of: name, at: token), index: index))
        case "left":
            return parseLeftRight(token)
        case "middle":
            problem("\\middle outside \\left…\\right", token)
            return readDelimiter(after: token).map { Atom(node: .operator($0, MathParser.notStretchy)) }
        case "begin":
            return parseEnvironment(token)
        case "text", "textrm", "textnormal", "textup", "mbox", "hbox", "textmd", "textsc":
            return Atom(node: parseTextArgument(of: name, at: token, font: nil))
        case "textbf": return Atom(node: parseTextArgument(of: name, at: token, font: .bold))
        case "textit", "emph", "textsl": return Atom(node: parseTextArgument(of: name, at: token, font: .italic))
        case "textsf": return Atom(node: parseTextArgument(of: name, at: token, font: .sansSerif))
        case "texttt": return Atom(node: parseTextArgument(of: name, at: token, font: .monospace))
        case "operatorname":
            let limits = skipStar()
            return operatorName(parseTextArgument(of: name, at: token, font: nil), limits: limits)
        case "mathop":
            return operatorName(parseArgument(of: name, at: token), limits: true)
        case "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
            let argument = parseArgument(of: name, at: token)
            let kinds: [String: Atom.Kind] = ["mathbin": .binary, "mathrel": .relation, "mathopen": .open, "mathclose": .close, "mathpunct": .punctuation]
            return Atom(node: argument, kind: kinds[name] ?? .ordinary)
        case "ce":
            return Atom(node: parseChemistry(token))
        case "substack":
            return Atom(node: parseSubstack(token))
        case "pmod", "pod":
            let argument = parseArgument(of: name, at: token)
            var content: [MathNode] = []
            if name == "pmod" { content = [.identifier("mod", []), .space("0.3333em")] }
            return Atom(node: .row([.space("1em"), .operator("(", MathParser.notStretchy)] + content + [argument, .operator(")", MathParser.notStretchy)]))
        case "mod":
            return Atom(node: .row([.space("1em"), .identifier("mod", []), .space("0.3333em")]))
        default:
            if let delimiter = parseSizedDelimiter(name, token) { return delimiter }
            if let font = MathFont.commands[name] {
                let saved = self.font
                self.font = font
                defer { self.font = saved }
                return Atom(node: parseArgument(of: name, at: token))
            }
            return nil
        }
    }

    static let displayStyle = [MathAttribute("displaystyle", "true"), MathAttribute("scriptlevel", "0")]
    static let textStyle = [MathAttribute("displaystyle", "false"), MathAttribute("scriptlevel", "0")]

    /// `*` right after a command (`\operatorname*`, `\tag*`); whether it was there.
    mutating func skipStar() -> Bool {
        guard current?.kind == .character("*") else { return false }
        index += 1
        return true
    }

    /// A function name from `\operatorname` or `\mathop`: with limits, plain text becomes
    /// one operator with `movablelimits` so inline math keeps its limits beside it.
    private func operatorName(_ content: MathNode, limits: Bool) -> Atom {
        let text = MathParser.plainText(content)
        if limits {
            let node: MathNode = text.map { .operator($0, [MathAttribute("movablelimits", "true"), MathAttribute("lspace", "0em"), MathAttribute("rspace", "0em")]) } ?? content
            return Atom(node: node, kind: .largeOperator, limits: text == nil ? .always : .movable)
        }
        let node: MathNode = text.map { .identifier($0, []) } ?? content
        return Atom(node: node, kind: .operatorName, appliesFunction: true)
    }

    /// The text of a node made only of letters, names and text, joined by thin spaces
    /// (`\mathop{\arg\min}` is "arg min"); nil for anything else.
    static func plainText(_ node: MathNode) -> String? {
        switch node {
        case .identifier(let text, _), .text(let text): return text.replacingNoBreakSpaces
        case .operator(let text, _): return text == "\u{2061}" ? "" : text
        case .space: return ""
        case .row(let children):
            var words: [String] = []
            for child in children {
                guard let word = plainText(child) else { return nil }
                if word.isEmpty { continue }
                words.append(word)
            }
            return words.isEmpty ? nil : words.joined(separator: words.allSatisfy { $0.unicodeScalars.count > 1 } ? "\u{2009}" : "")
        default: return nil
        }
    }

    // MARK: Accents, braces, stacking, enclosures

    private mutating func parseDecoration(_ name: String, _ token: TeXToken) -> Atom? {
        if let mark = Accents.commands[name] {
            let base = parseArgument(of: name, at: token)
            let markNode = MathNode.operator(mark.character, [MathAttribute("stretchy", mark.stretchy ? "true" : "false")])
            let scripts = mark.under
                ? MathScripts(base: base, lower: markNode, upper: nil, underOver: true, accentUnder: mark.isAccent)
                : MathScripts(base: base, lower: nil, upper: markNode, underOver: true, accent: mark.isAccent)
            return Atom(node: .scripts(scripts), limits: mark.isAccent ? .beside : .always)
        }
        switch name {
        case "overset", "stackrel", "underset":
            let script = parseArgument(of: name, at: token)
            let base = parseArgument(of: name, at: token)
            let under = name == "underset"
            let scripts = MathScripts(base: base, lower: under ? script : nil, upper: under ? nil : script, underOver: true)
            return Atom(node: .scripts(scripts), kind: name == "stackrel" ? .relation : MathParser.kind(of: base))
        case "xrightarrow", "xleftarrow", "xRightarrow", "xLeftarrow", "xleftrightarrow", "xLeftrightarrow",
             "xhookrightarrow", "xhookleftarrow", "xmapsto", "xrightharpoonup", "xrightleftharpoons", "xtwoheadrightarrow":
            let below = parseOptionalArgument()
            let above = parseArgument(of: name, at: token)
            let arrow = MathNode.operator(MathParser.extensibleArrows[name] ?? "→", [MathAttribute("stretchy", "true"), MathAttribute("minsize", "1.5em")])
            let padding = [MathAttribute("lspace", "0.3em"), MathAttribute("width", "+0.6em")]
            let scripts = MathScripts(base: arrow, lower: below.map { .padded(padding, $0) }, upper: .padded(padding, above), underOver: true)
            return Atom(node: .scripts(scripts), kind: .relation)
        case "boxed", "fbox":
            let content = name == "fbox" ? parseTextArgument(of: name, at: token, font: nil) : parseArgument(of: name, at: token)
            return Atom(node: .enclose("box", content))
        case "cancel", "bcancel", "xcancel", "sout":
            let notations = ["cancel": "updiagonalstrike", "bcancel": "downdiagonalstrike", "xcancel": "updiagonalstrike downdiagonalstrike", "sout": "horizontalstrike"]
            return Atom(node: .enclose(notations[name] ?? "updiagonalstrike", parseArgument(of: name, at: token)))
        case "phantom":
            return Atom(node: .phantom(parseArgument(of: name, at: token)))
        case "hphantom":
            return Atom(node: .padded([MathAttribute("height", "0"), MathAttribute("depth", "0")], .phantom(parseArgument(of: name, at: token))))
        case "vphantom":
            return Atom(node: .padded([MathAttribute("width", "0")], .phantom(parseArgument(of: name, at: token))))
        case "smash":
            _ = readOptionalText()
            return Atom(node: .padded([MathAttribute("height", "0"), MathAttribute("depth", "0")], parseArgument(of: name, at: token)))
        case "mathstrut", "strut":
            return Atom(node: .phantom(.operator("(", MathParser.notStretchy)))
        case "rlap", "mathrlap", "llap", "mathllap", "clap", "mathclap":
            let content = name.hasPrefix("math") ? parseArgument(of: name, at: token) : parseTextArgument(of: name, at: token, font: nil)
            let shift = name.hasSuffix("llap") ? [MathAttribute("lspace", "-1width")] : name.hasSuffix("clap") ? [MathAttribute("lspace", "-0.5width")] : []
            return Atom(node: .padded([MathAttribute("width", "0")] + shift, content))
        case "textcolor", "colorbox":
            let model = readOptionalText()
            let value = readBracedText() ?? ""
            let content = name == "colorbox" ? parseTextArgument(of: name, at: token, font: nil) : parseArgument(of: name, at: token)
            guard let color = ColorValue.parse(model: model, value: value) else {
                problem("unknown color \(value)", token)
                return Atom(node: content)
            }
            return Atom(node: .style([MathAttribute(name == "colorbox" ? "mathbackground" : "mathcolor", color)], content))
        case "not":
            return parseNegation(token)
        default:
            return nil
        }
    }

    private static let extensibleArrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
        "xleftrightarrow": "↔", "xLeftrightarrow": "⇔", "xhookrightarrow": "↪", "xhookleftarrow": "↩",
        "xmapsto": "↦", "xrightharpoonup": "⇀", "xrightleftharpoons": "⇌", "xtwoheadrightarrow": "↠",
    ]

    private static func kind(of node: MathNode) -> Atom.Kind {
        if case .operator = node { return .relation }
        return .ordinary
    }

    /// `\not` before a relation: its negated character when Unicode has one, else the
    /// relation with a long solidus overlay.
    private mutating func parseNegation(_ token: TeXToken) -> Atom? {
        skipSpaces()
        guard let following = current, MathParser.canStartArgument(following) else {
            problem("\\not is missing its relation", token)
            return Atom(node: .operator("/", []), kind: .relation)
        }
        let next = deeper(at: following) { $0.parseAtom()?.node ?? .row([]) }
        guard case .operator(let text, let attributes) = next else {
            return Atom(node: .row([.operator("/", []), next]), kind: .relation)
        }
        let negated = MathParser.negations[text] ?? text + "\u{0338}"
        return Atom(node: .operator(negated, attributes), kind: .relation)
    }

    private static let negations: [String: String] = [
        "=": "≠", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∈": "∉", "∋": "∌", "⊂": "⊄", "⊃": "⊅",
        "⊆": "⊈", "⊇": "⊉", "∼": "≁", "≃": "≄", "≅": "≇", "≈": "≉", "≡": "≢", "∣": "∤", "∥": "∦",
        "≺": "⊀", "≻": "⊁", "⊢": "⊬", "⊨": "⊭", "→": "↛", "←": "↚", "↔": "↮", "⇒": "⇏", "⇐": "⇍", "⇔": "⇎",
        "∃": "∄",
    ]

    // MARK: Spacing, tags, labels, table lines

    /// Commands that set state or add space; an empty row stands for "nothing to add".
    private mutating func parseSetting(_ name: String, _ token: TeXToken) -> Atom? {
        if let width = Spacing.commands[name] { return Atom(node: .space(width)) }
        switch name {
        case "hspace", "hskip", "kern", "mkern", "mskip", "mspace":
            if name == "hspace" { _ = skipStar() }
            let text = name == "hspace" || name == "mspace" ? readBracedText() ?? "" : readDimensionText()
            guard let width = MathParser.dimension(text) else {
                problem("cannot read the dimension \(text) of \\\(name)", token)
                return Atom(node: .row([]))
            }
            return Atom(node: .space(width))
        case "tag":
            let starred = skipStar()
            let label = parseTextArgument(of: name, at: token, font: nil)
            if tag != nil { problem("more than one \\tag in an equation", token) }
            if case .text(let text) = label {
                tag = .text(starred ? text : "(" + text + ")")
            } else {
                tag = starred ? label : .row([.text("("), label, .text(")")])
            }
            return Atom(node: .row([]))
        case "notag", "nonumber", "allowbreak", "nobreak", "displaybreak", "relax":
            return Atom(node: .row([]))
        case "label":
            _ = readBracedText()
            return Atom(node: .row([]))
        case "hline", "hdashline", "midrule", "toprule", "bottomrule", "cline":
            if name == "cline" { _ = readBracedText() }
            if openEnvironments == 0 { problem("\\\(name) outside a table", token) }
            rowLine = name == "hdashline" ? "dashed" : "solid"
            return Atom(node: .row([]))
        case "limits", "nolimits":
            problem("\\\(name) must follow a big operator", token)
            return Atom(node: .row([]))
        default:
            return nil
        }
    }

    /// The dimension after `\kern` or `\mskip`, up to its unit (`3mu`, `-2pt`, `{1em}`).
    private mutating func readDimensionText() -> String {
        skipSpaces()
        if current?.kind == .beginGroup { return readBracedText() ?? "" }
        var text = ""
        var letters = 0
        while let scalar = current?.character, letters < 2 {
            if TeXTokenizer.isLetter(scalar) {
                letters += 1
            } else if !(MathParser.isDigit(scalar) || scalar == "." || scalar == "-" || scalar == "+") {
                break
            }
            text.unicodeScalars.append(scalar)
            index += 1
        }
        return text
    }

    /// A TeX dimension (`2em`, `-3mu`, `0.5cm`) in ems, or nil when it is not one.
    static func dimension(_ text: String) -> String? {
        let trimmed = String(text.unicodeScalars.filter { $0 != " " })
        let unitStart = trimmed.unicodeScalars.firstIndex { TeXTokenizer.isLetter($0) } ?? trimmed.unicodeScalars.endIndex
        let number = String(trimmed.unicodeScalars[..<unitStart])
        let unit = String(trimmed.unicodeScalars[unitStart...])
        guard let value = Double(number), let scale = Spacing.units[unit], value.isFinite, abs(value) < 1000 else { return nil }
        let ems = (value * scale * 10000).rounded() / 10000
        let formatted = ems == ems.rounded() ? String(Int(ems)) : String(ems)
        return formatted + "em"
    }

    // MARK: Symbols

    private func symbol(_ name: String, _ token: TeXToken) -> Atom? {
        if let letter = GreekLetters.lowercase[name] {
            let text = mapped(Array(letter.unicodeScalars))
            return Atom(node: identifier(text, upright: font == .upright))
        }
        if let letter = GreekLetters.uppercase[name] {
            let text = mapped(Array(letter.unicodeScalars))
            return Atom(node: identifier(text, upright: text == letter))
        }
        if let character = OrdinarySymbols.italic[name] { return Atom(node: identifier(character, upright: false)) }
        if let character = OrdinarySymbols.upright[name] { return Atom(node: identifier(character, upright: true)) }
        if let character = OrdinarySymbols.dots[name] { return Atom(node: .operator(character, [])) }
        if let character = OrdinarySymbols.punctuation[name] { return Atom(node: .operator(character, []), kind: .punctuation) }
        if let character = BinaryOperators.commands[name] { return Atom(node: .operator(character, []), kind: .binary) }
        if let character = Relations.commands[name] ?? Arrows.commands[name] { return Atom(node: .operator(character, []), kind: .relation) }
        if let character = LargeOperators.withLimits[name] {
            return Atom(node: .operator(character, [MathAttribute("movablelimits", "true")]), kind: .largeOperator, limits: .movable)
        }
        if let character = LargeOperators.integrals[name] { return Atom(node: .operator(character, []), kind: .largeOperator) }
        if let function = NamedFunctions.plain[name] { return Atom(node: .identifier(function, []), kind: .operatorName, appliesFunction: true) }
        if let function = NamedFunctions.withLimits[name] {
            let attributes = [MathAttribute("movablelimits", "true"), MathAttribute("lspace", "0em"), MathAttribute("rspace", "0em")]
            return Atom(node: .operator(function, attributes), kind: .operatorName, limits: .movable)
        }
        if let delimiter = Delimiters.commands[name] {
            let kind: Atom.Kind = Delimiters.opening.contains(name) ? .open : Delimiters.closing.contains(name) ? .close : .ordinary
            return Atom(node: .operator(delimiter, MathParser.notStretchy), kind: kind)
        }
        return nil
    }
}

extension String {
    /// No-break spaces (how text mode keeps spaces) back as plain spaces.
    var replacingNoBreakSpaces: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{00A0}" ? " " : $0 }))
    }
}
