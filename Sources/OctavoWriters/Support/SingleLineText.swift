/// Text for a value that must stay on one line: a RIS field, the title or note of a
/// bookmark file, whose readers take them line by line.
///
/// Every run of white space that can end or separate lines (tab, line feed, vertical
/// tab, form feed, carriage return, the information separators U+001C–U+001F, space,
/// next line U+0085, and the line and paragraph separators U+2028 and U+2029) becomes
/// one space, and none is left at either end; the other C0 and C1 control characters
/// and DEL are dropped. Other characters, no-break spaces among them, are kept.
enum SingleLineText {
    /// `text` on one line; `text` itself when it already is.
    static func folded(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard needsFolding(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in fold(bytes, into: output) }
        } ?? text
    }

    /// What a byte of `bytes` at `index` starts: a space to fold, a control character to
    /// drop (with its length in bytes), or neither.
    private enum Kind {
        case space(length: Int)
        case control(length: Int)
        case other
    }

    @inline(__always)
    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Kind {
        let byte = bytes[index]
        switch byte {
        case 0x09...0x0D, 0x1C...0x20:
            return .space(length: 1)
        case 0x00..<0x20, 0x7F:
            return .control(length: 1)
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return bytes[index + 1] == 0x85 ? .space(length: 2) : .control(length: 2)
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return .space(length: 3)
        default:
            return .other
        }
    }

    /// Whether `bytes` has a control character, white space other than a single space
    /// between other characters, or white space at either end.
    private static func needsFolding(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var previousWasSpace = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte > 0x20 && byte < 0x7F || byte >= 0x80 && byte != 0xC2 && byte != 0xE2 {
                previousWasSpace = false
                index += 1
                continue
            }
            switch kind(bytes, at: index) {
            case .space(let length):
                if previousWasSpace || byte != 0x20 { return true }
                previousWasSpace = true
                index += length
            case .control:
                return true
            case .other:
                previousWasSpace = false
                index += 1
            }
        }
        return previousWasSpace && !bytes.isEmpty
    }

    /// Writes the folded `bytes` to `output`, which has room for all of them; returns the count written.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            switch kind(bytes, at: index) {
            case .space(let length):
                pendingSpace = count > 0
                index += length
            case .control(let length):
                index += length
            case .other:
                if pendingSpace {
                    output[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                output[count] = bytes[index]
                count += 1
                index += 1
            }
        }
        return count
    }
}
