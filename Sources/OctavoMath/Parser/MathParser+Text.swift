/// Text mode: `\text{…}` and its relatives, where characters are words, spaces count,
/// and `$…$` switches back to math.
extension MathParser {
    /// The argument of a text command as `<mtext>` (or a row of text and math).
    mutating func parseTextArgument(of name: String, at token: TeXToken, font: MathFont?) -> MathNode {
        skipSpaces()
        guard let open = current, MathParser.canStartText(open) else {
            problem("\\\(name) is missing its argument", token)
            return .row([])
        }
        let saved = self.font
        self.font = font
        defer { self.font = saved }
        guard open.kind == .beginGroup else {
            if case .character(let scalar) = open.kind {
                index += 1
                return .text(mapped([scalar]))
            }
            return deeper(at: open) { .row($0.parseText(single: true)) }
        }
        index += 1
        let nodes = nested(.group, at: open) { parser in (parser.parseText(single: false), .closeBrace) }
        if current?.kind == .endGroup {
            index += 1
        } else {
            problem("missing } for this {", open)
        }
        if nodes.count == 1, case .text = nodes[0] { return nodes[0] }
        return .row(nodes)
    }

    private static func canStartText(_ token: TeXToken) -> Bool {
        switch token.kind {
        case .endGroup, .alignment: false
        case .command(let name): !["right", "end", "\\", "middle"].contains(name)
        case .character, .beginGroup, .parameter, .space, .caret, .underscore: true
        }
    }

    /// Text up to the `}` that closes it (left unconsumed); one command only when `single`.
    private mutating func parseText(single: Bool) -> [MathNode] {
        var nodes: [MathNode] = []
        var text = ""
        var braces = 0
        func flush() {
            if !text.isEmpty { nodes.append(.text(text)) }
            text = ""
        }
        while let token = current {
            switch token.kind {
            case .endGroup:
                if braces == 0 {
                    flush()
                    return nodes
                }
                braces -= 1
                index += 1
            case .beginGroup:
                braces += 1
                index += 1
            case .space:
                text += "\u{00A0}"
                index += 1
            case .character("$"):
                index += 1
                flush()
                let math = nestedList(.inlineMath, at: token) { $0.parseList(.inlineMath) }
                nodes.append(.row(math.nodes))
                if math.end == .dollar {
                    index += 1
                } else {
                    problem("missing $ to end the math in this text", token)
                }
            case .character(let scalar):
                text += mapped([scalar])
                index += 1
            case .caret, .underscore, .alignment, .parameter:
                text += slice(from: token.start, to: token.end)
                index += 1
            case .command(let name):
                index += 1
                if let literal = MathParser.textLiterals[name] {
                    text += literal
                } else if let font = MathParser.textFonts[name] {
                    flush()
                    nodes.append(parseTextArgument(of: name, at: token, font: font ?? self.font))
                } else if let character = MathParser.textSymbol(name) {
                    text += character
                } else {
                    flush()
                    problem("unknown command \\\(name) in text", token)
                    nodes.append(.error("\\" + name))
                }
            }
            if single && braces == 0 { break }
        }
        flush()
        return nodes
    }

    /// Commands that stand for characters in text.
    private static let textLiterals: [String: String] = [
        "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "#": "#", "_": "_", " ": "\u{00A0}",
        ",": "\u{2009}", ";": "\u{2005}", ":": "\u{2005}", "!": "", "quad": "\u{2003}",
        "qquad": "\u{2003}\u{2003}", "\\": " ", "textbackslash": "\\", "textasciitilde": "~",
        "textasciicircum": "^", "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…",
        "textbar": "|", "textless": "<", "textgreater": ">", "S": "§", "P": "¶", "copyright": "©",
        "textregistered": "®", "texttrademark": "™", "textdegree": "°", "degree": "°",
        "LaTeX": "LaTeX", "TeX": "TeX", "newline": " ", "/": "", "-": "", "textquoteleft": "‘",
        "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”", "textbullet": "•",
    ]

    /// Text font commands inside text; nil keeps the surrounding font.
    private static let textFonts: [String: MathFont?] = [
        "text": nil, "textrm": nil, "textnormal": nil, "textup": nil, "mbox": nil,
        "textmd": nil, "textbf": .bold, "textit": .italic, "emph": .italic, "textsl": .italic,
        "textsf": .sansSerif, "texttt": .monospace, "textsc": nil,
    ]

    /// A math symbol written in text (`\text{\alpha-decay}`): its character, set as text.
    private static func textSymbol(_ name: String) -> String? {
        GreekLetters.lowercase[name] ?? GreekLetters.uppercase[name] ?? OrdinarySymbols.italic[name]
            ?? OrdinarySymbols.upright[name] ?? OrdinarySymbols.dots[name] ?? BinaryOperators.commands[name]
            ?? Relations.commands[name] ?? Arrows.commands[name]
    }
}
