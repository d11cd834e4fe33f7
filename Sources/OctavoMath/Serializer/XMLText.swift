/// Appends text to XML markup: `&`, `<`, `>` and `"` escaped, and characters XML 1.0
/// does not allow (most C0 controls, U+FFFE, U+FFFF) replaced by U+FFFD, so any input
/// gives well-formed markup.
enum XMLText {
    static func append(_ text: String, to output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
