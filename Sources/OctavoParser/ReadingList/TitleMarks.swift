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
        return line.trimmingSpaces.withUTF8Bytes(find(in:))
    }

    private static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [Found] {
        var spans: [(open: Int, close: Int)] = []
        var boundaries: [Int] = []
        var depth = 0
        var open = 0
        var index = 0
        while index < bytes.count {
            if isMark(0x8A, in: bytes, at: index) {
                if depth == 0 { open = index }
                depth += 1
                index += 3
            } else if depth > 0, isMark(0x8B, in: bytes, at: index) {
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
            let title = text(bytes, (span.open + 3)..<span.close).trimmingSpaces
            guard !title.isEmpty else { return nil }
            let start = boundaries.last(where: { $0 <= span.open }) ?? 0
            let end = boundaries.first(where: { $0 > span.close + 3 }) ?? bytes.count
            return Found(
                title: title,
                sentence: text(bytes, start..<end).trimmingSpaces,
                isWholeLine: span.open == 0 && span.close + 3 == bytes.count)
        }
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether the three bytes at `index` are E3 80 `last`: `《` (8A), `》` (8B) or `。` (82).
    private static func isMark(_ last: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 3 <= bytes.count && bytes[index] == 0xE3 && bytes[index + 1] == 0x80 && bytes[index + 2] == last
    }

    /// Whether `text` holds a `《` at all, checked without copying it.
    static func holdsOpenMark(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            // Eight bytes at a time are searched for the mark's last byte (8A), which in
            // UTF-8 text is rare, and only then is the whole mark looked for.
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ 0x8A8A_8A8A_8A8A_8A8A
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                if bytes[index] == 0x8A, index >= 2, bytes[index - 1] == 0x80, bytes[index - 2] == 0xE3 { return true }
                index += 1
            }
            return false
        }
    }

    /// The byte length of a sentence end at `index` (`。！？；!?;`, or `.` before white space or the end), else 0.
    private static func sentenceEndLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
            return 1
        case UInt8(ascii: "."):
            let next = index + 1
            return next == bytes.count || bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0A ? 1 : 0
        case 0xE3:
            return isMark(0x82, in: bytes, at: index) ? 3 : 0
        case 0xEF:
            guard index + 3 <= bytes.count, bytes[index + 1] == 0xBC else { return 0 }
            // `！`, `？` and `；`.
            return bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F || bytes[index + 2] == 0x9B ? 3 : 0
        default:
            return 0
        }
    }

    /// The form a work's id is derived from: white space collapsed, lower-cased.
    static func normalise(_ title: String) -> String {
        if let simple = simplyNormalised(title) { return simple }
        var collapsed = ""
        for word in title.split(whereSeparator: \.isWhitespace) {
            if !collapsed.isEmpty { collapsed += " " }
            collapsed += word
        }
        return collapsed.lowercased()
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
