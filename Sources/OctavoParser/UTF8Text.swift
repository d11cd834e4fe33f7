/// UTF-8 checks on the parser's hot paths, and strings made from the parser's text.
///
/// The check is the standard library's in substance, but walks runs of multi-byte
/// characters (CJK text) without returning to the ASCII fast path after each one, and
/// looks at eight ASCII bytes at a time.
enum UTF8Text {
    /// Whether `bytes` is well-formed UTF-8 without NUL bytes.
    static func isValidWithoutNul(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
                    index += 8
                    continue
                }
            }
            var byte = base[index]
            if byte < 0x80 {
                if byte == 0 { return false }
                index += 1
                continue
            }
            repeat {
                if index + 8 <= count, isCommonThreeByteSequence(base + index), isCommonThreeByteSequence(base + index + 3) {
                    index += 6
                } else if index + 4 <= count, isCommonThreeByteSequence(base + index) {
                    index += 3
                } else {
                    let length = sequenceLength(bytes, at: index)
                    if length == 0 { return false }
                    index += length
                }
                guard index < count else { return true }
                byte = base[index]
            } while byte >= 0x80
        }
        return true
    }

    /// Whether the bytes at `bytes` start a three-byte sequence led by E1–EC or EE–EF (most
    /// of the BMP, CJK among it), whose second byte needs no range check; reads four bytes.
    @inline(__always)
    private static func isCommonThreeByteSequence(_ bytes: UnsafePointer<UInt8>) -> Bool {
        let word = UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self).littleEndian
        let lead = UInt8(truncatingIfNeeded: word)
        return word & 0x00C0_C0F0 == 0x0080_80E0 && lead != 0xE0 && lead != 0xED
    }

    /// Whether `bytes` starts at the start of a character (not on a continuation byte) and
    /// ends with a whole one: the last lead byte has exactly the continuation bytes it needs.
    static func hasCharacterBoundaryEnds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if first & 0xC0 == 0x80 { return false }
        var lead = bytes.count - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80, bytes.count - lead < 4 { lead -= 1 }
        let byte = bytes[lead]
        let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte <= 0xDF ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3 : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0
        return length == bytes.count - lead
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if it is ill-formed.
    @inline(__always)
    static func sequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = input[index]
        let available = input.count - index
        @inline(__always) func byte(_ offset: Int) -> UInt8 { input[index + offset] }
        @inline(__always) func isContinuation(_ value: UInt8) -> Bool { value & 0xC0 == 0x80 }
        switch lead {
        case 0xE1...0xEC, 0xEE...0xEF:
            return available >= 3 && isContinuation(byte(1)) && isContinuation(byte(2)) ? 3 : 0
        case 0xC2...0xDF:
            return available >= 2 && isContinuation(byte(1)) ? 2 : 0
        case 0xE0, 0xED:
            guard available >= 3, isContinuation(byte(2)) else { return 0 }
            let second = byte(1)
            return lead == 0xE0 ? (second >= 0xA0 && second <= 0xBF ? 3 : 0) : (second >= 0x80 && second <= 0x9F ? 3 : 0)
        case 0xF0...0xF4:
            guard available >= 4, isContinuation(byte(2)), isContinuation(byte(3)) else { return 0 }
            let second = byte(1)
            switch lead {
            case 0xF0: return second >= 0x90 && second <= 0xBF ? 4 : 0
            case 0xF4: return second >= 0x80 && second <= 0x8F ? 4 : 0
            default: return isContinuation(second) ? 4 : 0
            }
        default:
            return 0
        }
    }
}

extension String {
    /// The text of the UTF-8 `bytes`, which the parser cut from its cleaned source (or
    /// wrote itself) at ASCII bytes only, so that they are well-formed whenever their
    /// ends are character boundaries. The ends are checked, and the bytes copied without
    /// validating the rest again; bytes that fail the check are repaired as
    /// `String(decoding:as:)` does. Debug builds check all of them.
    init(parsedUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(!UTF8Text.hasCharacterBoundaryEnds(bytes) || String(validating: bytes, as: UTF8.self) != nil, "text cut inside a character")
        if UTF8Text.hasCharacterBoundaryEnds(bytes) {
            self = String(copying: UTF8Span(unchecked: bytes.span))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The text of the UTF-8 `bytes`, as `init(parsedUTF8:)` makes it.
    init(parsedUTF8 bytes: ArraySlice<UInt8>) {
        self = bytes.withUnsafeBufferPointer { String(parsedUTF8: $0) }
    }

    /// The text of the UTF-8 `bytes`, as `init(parsedUTF8:)` makes it.
    init(parsedUTF8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { String(parsedUTF8: $0) }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes, in place when they are stored
    /// contiguously (as a native string's are), else in a contiguous copy.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
