import OctavoModel

extension ByteBuffer: ByteSink {}

/// JSON strings as every JSON format of Octavo writes them: `"`, `\` and control
/// characters escaped (`\n`, `\r`, `\t`, else `\u00XX`), every other character kept
/// as UTF-8.
enum JSONString {
    /// Appends `text` as a JSON string, in quotes.
    static func write<Sink: ByteSink & ~Copyable>(_ text: String, to output: inout Sink) {
        output.append(UInt8(ascii: "\""))
        if text.utf8.withContiguousStorageIfAvailable({ escaped($0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { escaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `text` with JSON escapes, copying runs that need none in one go; sixteen
    /// bytes at a time are checked for anything to escape, the last sixteen (which may
    /// overlap bytes already checked) included.
    private static func escaped<Sink: ByteSink & ~Copyable>(_ text: UnsafeBufferPointer<UInt8>, to output: inout Sink) {
        guard let base = text.baseAddress else { return }
        var runStart = 0
        var index = 0
        let end = text.count
        while index < end {
            var stop = index + 1
            if index + 16 <= end {
                if !needsEscape(base + index) {
                    index += 16
                    continue
                }
                stop = index + 16
            } else if end >= 16, !needsEscape(base + end - 16) {
                break
            }
            while index < stop {
                let byte = base[index]
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    output.append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                    escape(byte, to: &output)
                    runStart = index + 1
                }
                index += 1
            }
        }
        output.append(UnsafeBufferPointer(start: base + runStart, count: end - runStart))
    }

    /// Appends the escape of a byte JSON strings cannot hold as it is.
    private static func escape<Sink: ByteSink & ~Copyable>(_ byte: UInt8, to output: inout Sink) {
        let escape: UInt8
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape = byte
        case 0x0A: escape = UInt8(ascii: "n")
        case 0x0D: escape = UInt8(ascii: "r")
        case 0x09: escape = UInt8(ascii: "t")
        default:
            output.append(UInt8(ascii: "\\"))
            output.append(UInt8(ascii: "u"))
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "0"))
            output.append(hexDigit(byte >> 4))
            output.append(hexDigit(byte & 0x0F))
            return
        }
        output.append(UInt8(ascii: "\\"))
        output.append(escape)
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Whether any of the sixteen bytes at `bytes` is a control character, `"` or `\`:
    /// each lane tests for a byte below 0x20 and for zero after an exclusive or with the
    /// quote and the backslash.
    @inline(__always)
    private static func needsEscape(_ bytes: UnsafePointer<UInt8>) -> Bool {
        let block = UnsafeRawPointer(bytes).loadUnaligned(as: SIMD16<UInt8>.self)
        let quote = block ^ SIMD16(repeating: UInt8(ascii: "\""))
        let backslash = block ^ SIMD16(repeating: UInt8(ascii: "\\"))
        let control = (block &- SIMD16(repeating: 0x20)) & ~block
        let isQuote = (quote &- SIMD16(repeating: 1)) & ~quote
        let isBackslash = (backslash &- SIMD16(repeating: 1)) & ~backslash
        let hits = unsafeBitCast((control | isQuote | isBackslash) & SIMD16(repeating: 0x80), to: (UInt64, UInt64).self)
        return hits.0 | hits.1 != 0
    }
}
