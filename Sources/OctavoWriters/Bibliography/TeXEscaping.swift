/// Text for BibTeX field values in braces.
enum TeXEscaping {
    /// `text` for a text field: `# $ % & _` get a backslash, `{ } ~ ^ \` become text
    /// commands (`\textbraceleft{}`…), since BibTeX counts every brace, escaped or not;
    /// runs of white space become one space and other control characters are dropped,
    /// so the braces of the value always balance; so are noncharacters (U+FFFF…), which
    /// biber refuses to read.
    static func text(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isNoncharacterCodePoint { continue }
            if pendingSpace {
                result += " "
                pendingSpace = false
            }
            switch scalar {
            case "#", "$", "%", "&", "_": result += "\\" + String(scalar)
            case "{": result += "\\textbraceleft{}"
            case "}": result += "\\textbraceright{}"
            case "~": result += "\\textasciitilde{}"
            case "^": result += "\\textasciicircum{}"
            case "\\": result += "\\textbackslash{}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A URL, DOI or eprint as it is, except that what would break the braces or the
    /// entry (`{`, `}`, `\`, white space, control characters and the noncharacters biber
    /// refuses) is percent-encoded.
    static func verbatim(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "{", "}", "\\", "\u{00}"..."\u{20}", "\u{7F}"..."\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}",
                 _ where scalar.properties.isNoncharacterCodePoint:
                for byte in String(scalar).utf8 {
                    result += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
