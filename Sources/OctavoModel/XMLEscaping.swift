/// Text written into XML (XHTML, OPML, an EPUB's package, NCX and SVG, MathML):
/// `&`, `<`, `>` and `"` escaped, and the characters XML 1.0 cannot hold left out.
///
/// XML 1.0 cannot hold the C0 control characters other than tab, line feed and
/// carriage return, U+FFFE, U+FFFF, or a surrogate code point. Octavo drops them
/// wherever it writes XML, so any input gives well-formed output: a control character
/// shows nothing, and a visible U+FFFD in its place would add what the author did not
/// write. A Swift string cannot hold a lone surrogate (decoding makes it U+FFFD), but
/// UTF-8 bytes that encode one are dropped like the others.
public enum XMLEscaping {
    /// Where the text goes.
    public enum Context: Sendable {
        /// Element content: tab and line feed are kept as they are, a carriage return
        /// is written as `&#13;` (a parser would make it a line feed).
        case text
        /// An attribute value in double quotes: tab, line feed and carriage return are
        /// written as character references, which attribute-value normalisation keeps.
        case attribute
    }

    /// Whether XML 1.0 can hold `scalar`.
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// The entity `&`, `<`, `>` or `"` is written as in XML and HTML text and
    /// attributes; nil for any other byte.
    @inlinable
    public static func markupEntity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: nil
        }
    }

    /// Appends `text`, escaped for `context`.
    @inlinable
    public static func append<Sink: ByteSink & ~Copyable>(_ text: String, to output: inout Sink, in context: Context) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output, in: context) }) == nil {
            var text = text
            text.withUTF8 { append($0, to: &output, in: context) }
        }
    }

    /// Appends the UTF-8 `bytes`, escaped for `context`; runs that need nothing are
    /// copied in one go.
    @inlinable
    public static func append<Sink: ByteSink & ~Copyable>(
        _ bytes: UnsafeBufferPointer<UInt8>, to output: inout Sink, in context: Context
    ) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""):
                replacement = markupEntity(for: bytes[index])!
            case 0x0D: replacement = "&#13;"
            case 0x09 where context == .attribute: replacement = "&#9;"
            case 0x0A where context == .attribute: replacement = "&#10;"
            case 0x00..<0x20, 0xED, 0xEF:
                let length = forbiddenLength(bytes, at: index)
                if length == 0 {
                    index += 1
                } else {
                    output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    index += length
                    runStart = index
                }
                continue
            default:
                index += 1
                continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(replacement)
            index += 1
            runStart = index
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// `text` escaped for `context`.
    public static func escaped(_ text: String, in context: Context) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes, in: context)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Removes from the UTF-8 `bytes` of finished markup the characters XML cannot
    /// hold, for markup written without them in mind.
    public static func removeForbidden(from bytes: inout [UInt8]) {
        let firstForbidden = bytes.withUnsafeBufferPointer { bytes in
            bytes.indices.first { forbiddenLength(bytes, at: $0) > 0 }
        }
        guard let firstForbidden else { return }
        bytes = bytes.withUnsafeBufferPointer { bytes in
            var kept = Array(bytes[..<firstForbidden])
            kept.reserveCapacity(bytes.count)
            var index = firstForbidden
            while index < bytes.count {
                let length = forbiddenLength(bytes, at: index)
                if length == 0 {
                    kept.append(bytes[index])
                    index += 1
                } else {
                    index += length
                }
            }
            return kept
        }
    }

    /// How many bytes the character XML cannot hold at `index` takes: 1 for a control
    /// character, 3 for U+FFFE, U+FFFF or a surrogate; 0 when the byte there starts no
    /// such character.
    @inlinable
    static func forbiddenLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1 }
        guard byte == 0xED || byte == 0xEF, index + 2 < bytes.count else { return 0 }
        if byte == 0xED { return bytes[index + 1] >= 0xA0 ? 3 : 0 }
        return bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE ? 3 : 0
    }
}
