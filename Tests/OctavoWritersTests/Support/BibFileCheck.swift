/// A check of a `.bib` file without LaTeX: every entry is `@type{key,` with an ASCII
/// key no other entry has, and every brace balances, in each field and in the file.
struct BibFileCheck {
    /// The keys in file order.
    private(set) var keys: [String] = []
    /// What is wrong, one message per problem.
    private(set) var problems: [String] = []

    init(_ text: String) {
        var seen = Set<String>()
        var depth = 0
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if depth == 0, line.hasPrefix("@") {
                let header = line.dropFirst()
                guard let open = header.firstIndex(of: "{"), header.hasSuffix(","),
                      header[..<open].allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    problems.append("line \(lineNumber): malformed entry start: \(line)")
                    continue
                }
                let key = String(header[header.index(after: open)..<header.index(before: header.endIndex)])
                if key.isEmpty || !key.allSatisfy({ $0.isASCII && !$0.isWhitespace && !"{}(),=\\#%\"~'".contains($0) }) {
                    problems.append("line \(lineNumber): key is not plain ASCII: \(key)")
                }
                if !seen.insert(key).inserted { problems.append("line \(lineNumber): duplicate key \(key)") }
                keys.append(key)
                depth = 1
                continue
            }
            if depth > 0, let equals = line.firstRange(of: " = ") {
                var valueDepth = 0
                for character in line[equals.upperBound...] {
                    if character == "{" { valueDepth += 1 }
                    if character == "}" { valueDepth -= 1 }
                    if valueDepth < 0 { break }
                }
                if valueDepth != 0 || !line[equals.upperBound...].hasPrefix("{") || !line.hasSuffix("},") {
                    problems.append("line \(lineNumber): field value braces do not balance: \(line)")
                }
            }
            for character in line {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                if depth < 0 {
                    problems.append("line \(lineNumber): closing brace without an opening one")
                    depth = 0
                }
            }
        }
        if depth != 0 { problems.append("end of file: \(depth) braces left open") }
    }
}
