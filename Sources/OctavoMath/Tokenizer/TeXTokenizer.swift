/// Splits TeX math into tokens in one pass: control words swallow the spaces after
/// them, a backslash before any white space is a control space, `%` comments run to
/// the end of the line and are dropped.
enum TeXTokenizer {
    static func tokens(of tex: String) -> [TeXToken] {
        var tokens: [TeXToken] = []
        let scalars = Array(tex.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = offsets[index]
            switch scalar {
            case "\\":
                var next = index + 1
                if next < scalars.count, isLetter(scalars[next]) {
                    while next < scalars.count, isLetter(scalars[next]) { next += 1 }
                    let name = String(String.UnicodeScalarView(scalars[(index + 1)..<next]))
                    tokens.append(TeXToken(kind: .command(name), start: start, end: offsets[next]))
                    while next < scalars.count, isSpace(scalars[next]) { next += 1 }
                } else if next < scalars.count {
                    let name = isSpace(scalars[next]) ? " " : String(scalars[next])
                    tokens.append(TeXToken(kind: .command(name), start: start, end: offsets[next + 1]))
                    next += 1
                } else {
                    tokens.append(TeXToken(kind: .command(""), start: start, end: offsets[next]))
                }
                index = next
            case "%":
                while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" { index += 1 }
            case _ where isSpace(scalar):
                var next = index + 1
                while next < scalars.count, isSpace(scalars[next]) { next += 1 }
                tokens.append(TeXToken(kind: .space, start: start, end: offsets[next]))
                index = next
            default:
                let kind: TeXToken.Kind
                switch scalar {
                case "{": kind = .beginGroup
                case "}": kind = .endGroup
                case "^": kind = .caret
                case "_": kind = .underscore
                case "&": kind = .alignment
                case "#": kind = .parameter
                default: kind = .character(scalar)
                }
                tokens.append(TeXToken(kind: kind, start: start, end: offsets[index + 1]))
                index += 1
            }
        }
        return tokens
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }
}
