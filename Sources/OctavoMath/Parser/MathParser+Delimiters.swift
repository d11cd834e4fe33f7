/// `\left…\middle…\right`, `\big` and friends, and the style switches that run to the
/// end of their group (`\displaystyle`, `\color`, `\bf`).
extension MathParser {
    /// `\left` has been read: the delimited row up to the matching `\right`.
    mutating func parseLeftRight(_ token: TeXToken) -> Atom {
        let open = readDelimiter(after: token) ?? ""
        var body: [MathNode] = []
        if !open.isEmpty { body.append(.operator(open, MathParser.fence("prefix"))) }
        let content = nestedList(.leftRight, at: token) { parser in
            parser.openLefts += 1
            defer { parser.openLefts -= 1 }
            var nodes: [MathNode] = []
            while true {
                let (part, end) = parser.parseList(.leftRight)
                nodes.append(contentsOf: part)
                guard end == .middle, let middle = parser.current else { return (nodes, end) }
                parser.index += 1
                if let delimiter = parser.readDelimiter(after: middle), !delimiter.isEmpty {
                    nodes.append(.operator(delimiter, MathParser.fence("infix")))
                }
            }
        }
        body.append(contentsOf: content.nodes)
        if content.end == .right, let right = current {
            index += 1
            if let close = readDelimiter(after: right), !close.isEmpty {
                body.append(.operator(close, MathParser.fence("postfix")))
            }
        } else {
            problem("\\left without \\right", token)
        }
        return Atom(node: .row(body))
    }

    static func fence(_ form: String) -> [MathAttribute] {
        [MathAttribute("fence", "true"), MathAttribute("form", form), MathAttribute("stretchy", "true")]
    }

    /// The delimiter after `\left`, `\right`, `\middle` or `\big`: its character, "" for
    /// `.`, or nil (with a problem) when what follows is not a delimiter.
    mutating func readDelimiter(after command: TeXToken) -> String? {
        skipSpaces()
        if let token = current {
            switch token.kind {
            case .character(let scalar):
                if let delimiter = Delimiters.characters[scalar] {
                    index += 1
                    return delimiter
                }
            case .command(let name):
                if let delimiter = Delimiters.commands[name] {
                    index += 1
                    return delimiter
                }
            default:
                break
            }
        }
        problem("missing delimiter after \\\(command.commandName ?? "")", command)
        return nil
    }

    /// `\big(`, `\Bigl[`, `\biggm|`: the delimiter at a fixed size.
    mutating func parseSizedDelimiter(_ name: String, _ token: TeXToken) -> Atom? {
        guard let size = Delimiters.sizes[name] else { return nil }
        guard let delimiter = readDelimiter(after: token) else { return Atom(node: .row([])) }
        let attributes = [MathAttribute("fence", "false"), MathAttribute("stretchy", "true"), MathAttribute("symmetric", "true"),
                          MathAttribute("minsize", size), MathAttribute("maxsize", size)]
        let kind: Atom.Kind = name.hasSuffix("l") ? .open : name.hasSuffix("r") ? .close : name.hasSuffix("m") ? .relation : .ordinary
        return Atom(node: delimiter.isEmpty ? .row([]) : .operator(delimiter, attributes), kind: kind)
    }

    /// A switch that changes style, color or alphabet to the end of the list: the rest of
    /// the list, wrapped, and what ended it; nil when `name` is no such switch.
    mutating func parseStyleSwitch(_ name: String, _ token: TeXToken, _ context: ListContext) -> (node: MathNode, end: ListEnd)? {
        var attributes: [MathAttribute] = []
        var switchedFont: MathFont?
        switch name {
        case "displaystyle": attributes = MathParser.displayStyle
        case "textstyle": attributes = MathParser.textStyle
        case "scriptstyle": attributes = [MathAttribute("displaystyle", "false"), MathAttribute("scriptlevel", "1")]
        case "scriptscriptstyle": attributes = [MathAttribute("displaystyle", "false"), MathAttribute("scriptlevel", "2")]
        case "color":
            index += 1
            let model = readOptionalText()
            let value = readBracedText() ?? ""
            if let color = ColorValue.parse(model: model, value: value) {
                attributes = [MathAttribute("mathcolor", color)]
            } else {
                problem("unknown color \(value)", token)
            }
        default:
            guard let font = MathFont.switches[name] else { return nil }
            switchedFont = font
        }
        if name != "color" { index += 1 }
        let saved = font
        if let switchedFont { font = switchedFont }
        let rest = nestedList(context, at: token) { $0.parseList(context) }
        font = saved
        let content = MathNode.row(rest.nodes)
        return (attributes.isEmpty ? content : .style(attributes, content), rest.end)
    }
}
