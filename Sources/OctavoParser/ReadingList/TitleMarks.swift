/// Finds titles written in CJK title marks `《…》` in one line of plain text.
///
/// Marks nest (`《A《B》》` is one title); an unclosed `《` is ordinary text.
enum TitleMarks {
    /// One title and where it stands.
    struct Found: Equatable {
        /// The text between the outer marks, trimmed.
        var title: String
        /// The sentence holding the title, ended by `。！？；!?;` or a `.` before a space.
        var sentence: String
        /// True when the marks and the title are the whole line.
        var isWholeLine: Bool
    }

    static func find(in line: String) -> [Found] {
        let characters = Array(line.trimmingSpaces)
        var spans: [(open: Int, close: Int)] = []
        var boundaries: [Int] = []
        var depth = 0
        var open = 0
        for (index, character) in characters.enumerated() {
            switch character {
            case "《":
                if depth == 0 { open = index }
                depth += 1
            case "》" where depth > 0:
                depth -= 1
                if depth == 0 { spans.append((open, index)) }
            default:
                if depth == 0 && endsSentence(characters, at: index) { boundaries.append(index) }
            }
        }
        return spans.compactMap { span in
            let title = String(characters[(span.open + 1)..<span.close]).trimmingSpaces
            guard !title.isEmpty else { return nil }
            let start = boundaries.last(where: { $0 < span.open }).map { $0 + 1 } ?? 0
            let end = boundaries.first(where: { $0 > span.close }).map { $0 + 1 } ?? characters.count
            return Found(
                title: title,
                sentence: String(characters[start..<end]).trimmingSpaces,
                isWholeLine: span.open == 0 && span.close == characters.count - 1)
        }
    }

    private static func endsSentence(_ characters: [Character], at index: Int) -> Bool {
        switch characters[index] {
        case "。", "！", "？", "；", "!", "?", ";": return true
        case ".": return index + 1 == characters.count || characters[index + 1].isWhitespace
        default: return false
        }
    }

    /// The form a work's id is derived from: white space collapsed, lower-cased.
    static func normalise(_ title: String) -> String {
        title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
