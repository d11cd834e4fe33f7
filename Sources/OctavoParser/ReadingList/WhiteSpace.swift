/// The white space reading-list text is trimmed of: ASCII spaces and controls from tab to
/// carriage return, the no-break space U+00A0 and the ideographic space U+3000.
enum WhiteSpace {
    /// The byte length of the white space at `index`, or 0.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return 3 }
        return 0
    }

    /// The byte length of the white space ending just before `end`, or 0.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        if length(bytes, at: end - 1) == 1 { return 1 }
        if end >= 2, length(bytes, at: end - 2) == 2 { return 2 }
        if end >= 3, length(bytes, at: end - 3) == 3 { return 3 }
        return 0
    }

    /// The range of `bytes` without leading and trailing white space.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var end = bytes.count
        while start < end {
            let length = length(bytes, at: start)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = length(bytes, endingAt: end)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }
}

extension String {
    /// Whether the string is empty or all white space, as `trimmingSpaces` sees it.
    var isBlank: Bool {
        withUTF8Bytes { bytes in
            var index = 0
            while index < bytes.count {
                let length = WhiteSpace.length(bytes, at: index)
                if length == 0 { return false }
                index += length
            }
            return true
        }
    }

    /// Without leading and trailing white space (ASCII, no-break and ideographic spaces).
    var trimmingSpaces: String {
        withUTF8Bytes { bytes in
            let range = WhiteSpace.trimmed(bytes)
            if range.count == bytes.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }
}
