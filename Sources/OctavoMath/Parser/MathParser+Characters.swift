/// Plain characters in math: numbers, letters, operators, delimiters.
extension MathParser {
    mutating func parseCharacter(_ scalar: Unicode.Scalar, _ token: TeXToken) -> Atom {
        index += 1
        if MathParser.isDigit(scalar) || (scalar == "." && nextIsDigit) {
            return Atom(node: .number(readNumber(startingWith: scalar)))
        }
        if TeXTokenizer.isLetter(scalar) {
            return Atom(node: letters(startingWith: scalar))
        }
        switch scalar {
        case "+": return Atom(node: .operator("+", []), kind: .binary)
        case "-": return Atom(node: .operator("\u{2212}", []), kind: .binary)
        case "*": return Atom(node: .operator("\u{2217}", []), kind: .binary)
        case "=", "<", ">": return Atom(node: .operator(String(scalar), []), kind: .relation)
        case ":": return Atom(node: .operator(":", []), kind: .relation)
        case ",", ";": return Atom(node: .operator(String(scalar), []), kind: .punctuation)
        case "(", "[": return Atom(node: .operator(String(scalar), MathParser.notStretchy), kind: .open)
        case ")", "]": return Atom(node: .operator(String(scalar), MathParser.notStretchy), kind: .close)
        case "|", "/": return Atom(node: .operator(String(scalar), MathParser.notStretchy))
        case "~": return Atom(node: .text("\u{00A0}"))
        case "$":
            problem("$ inside math", token)
            return Atom(node: .error("$"))
        default:
            if scalar.properties.isAlphabetic {
                return Atom(node: .identifier(String(font?.map(scalar) ?? scalar), []))
            }
            if scalar.properties.numericType != nil {
                return Atom(node: .number(String(scalar)))
            }
            return Atom(node: .operator(String(scalar), []))
        }
    }

    static let notStretchy = [MathAttribute("stretchy", "false")]

    private var nextIsDigit: Bool {
        if let scalar = current?.character { return MathParser.isDigit(scalar) }
        return false
    }

    /// Digits with at most one decimal point (`3.14`), in the current alphabet.
    private mutating func readNumber(startingWith first: Unicode.Scalar) -> String {
        var digits = [first]
        var seenPoint = first == "."
        while let scalar = current?.character {
            if MathParser.isDigit(scalar) {
                digits.append(scalar)
            } else if scalar == ".", !seenPoint, index + 1 < tokens.count, let after = tokens[index + 1].character, MathParser.isDigit(after) {
                seenPoint = true
                digits.append(scalar)
            } else {
                break
            }
            index += 1
        }
        return mapped(digits)
    }

    /// A letter as an italic identifier; in an upright alphabet the whole run of letters
    /// (`\mathrm{SOL}`) as one identifier.
    private mutating func letters(startingWith first: Unicode.Scalar) -> MathNode {
        var run = [first]
        if let font, font.groupsLetters {
            while let scalar = current?.character, TeXTokenizer.isLetter(scalar) {
                run.append(scalar)
                index += 1
            }
        }
        return identifier(mapped(run), upright: font == .upright)
    }

    /// An `<mi>`; a single upright letter gets `mathvariant="normal"`, which stops
    /// renderers from setting it in italics.
    func identifier(_ text: String, upright: Bool) -> MathNode {
        .identifier(text, upright && text.unicodeScalars.count == 1 ? [MathAttribute("mathvariant", "normal")] : [])
    }

    /// `scalars` in the current alphabet.
    func mapped(_ scalars: [Unicode.Scalar]) -> String {
        var text = ""
        for scalar in scalars { text.unicodeScalars.append(font?.map(scalar) ?? scalar) }
        return text
    }
}
