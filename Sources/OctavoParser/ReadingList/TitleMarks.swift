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
        guard holdsOpenMark(line) else { return [] }
        let bytes = Array(line.trimmingSpaces.utf8)
        var spans: [(open: Int, close: Int)] = []
        var boundaries: [Int] = []
        var depth = 0
        var open = 0
        var index = 0
        while index < bytes.count {
            if matches(bytes, at: index, openMark) {
                if depth == 0 { open = index }
                depth += 1
                index += 3
            } else if depth > 0, matches(bytes, at: index, closeMark) {
                depth -= 1
                if depth == 0 { spans.append((open, index)) }
                index += 3
            } else {
                let length = sentenceEndLength(bytes, at: index)
                if depth == 0, length > 0 { boundaries.append(index + length) }
                index += max(length, 1)
            }
        }
        return spans.compactMap { span in
            let title = String(decoding: bytes[(span.open + 3)..<span.close], as: UTF8.self).trimmingSpaces
            guard !title.isEmpty else { return nil }
            let start = boundaries.last(where: { $0 <= span.open }) ?? 0
            let end = boundaries.first(where: { $0 > span.close + 3 }) ?? bytes.count
            return Found(
                title: title,
                sentence: String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces,
                isWholeLine: span.open == 0 && span.close + 3 == bytes.count)
        }
    }

    /// `《` and `》` in UTF-8.
    private static let openMark: [UInt8] = [0xE3, 0x80, 0x8A]
    private static let closeMark: [UInt8] = [0xE3, 0x80, 0x8B]
    /// `。`, `！`, `？` and `；` in UTF-8.
    private static let sentenceEnds: [[UInt8]] = [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x9B]]

    private static func matches(_ bytes: [UInt8], at index: Int, _ mark: [UInt8]) -> Bool {
        index + mark.count <= bytes.count && bytes[index] == mark[0] && bytes[index + 1] == mark[1] && bytes[index + 2] == mark[2]
    }

    /// Whether `text` holds a `《` at all, checked without copying it.
    static func holdsOpenMark(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Looks at the byte where a mark (E3 80 8A) would end and skips ahead as far as
            // that byte allows: three bytes past any byte the mark does not hold.
            var index = 2
            while index < bytes.count {
                switch bytes[index] {
                case 0x8A:
                    if bytes[index - 1] == 0x80, bytes[index - 2] == 0xE3 { return true }
                    index += 3
                case 0x80:
                    index += 1
                case 0xE3:
                    index += 2
                default:
                    index += 3
                }
            }
            return false
        }
    }

    /// The byte length of a sentence end at `index` (`。！？；!?;`, or `.` before white space or the end), else 0.
    private static func sentenceEndLength(_ bytes: [UInt8], at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
            return 1
        case UInt8(ascii: "."):
            let next = index + 1
            return next == bytes.count || bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A ? 1 : 0
        case 0xE3, 0xEF:
            return sentenceEnds.contains { matches(bytes, at: index, $0) } ? 3 : 0
        default:
            return 0
        }
    }

    /// The form a work's id is derived from: white space collapsed, lower-cased.
    static func normalise(_ title: String) -> String {
        simplyNormalised(title) ?? title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// `normalise(title)` worked out scalar by scalar, for titles made of ASCII, CJK
    /// ideographs and white space: their characters are single scalars, and only ASCII
    /// letters have a lower case. Nil for any other title.
    private static func simplyNormalised(_ title: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for scalar in title.unicodeScalars {
            if isWhiteSpace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            guard scalar.isASCII || (0x4E00...0x9FFF).contains(scalar.value) else { return nil }
            if pendingSpace { bytes.append(UInt8(ascii: " ")) }
            pendingSpace = false
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unicode's White_Space scalars, which `Character.isWhitespace` looks for.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
