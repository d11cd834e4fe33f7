/// The characters XML 1.0 cannot hold, which Markdown text may: C0 controls other than
/// tab, line feed and carriage return, and U+FFFE and U+FFFF.
enum XMLCharacters {
    /// The UTF-8 bytes of `buffer` without those characters.
    static func removingForbidden(from buffer: borrowing ByteBuffer) -> [UInt8] {
        var bytes: [UInt8] = []
        buffer.copy(to: &bytes)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                index += 1
            } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                index += 3
            } else {
                kept.append(byte)
                index += 1
            }
        }
        return kept
    }
}
