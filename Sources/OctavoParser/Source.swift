import OctavoModel

/// The text of one input: cleaned UTF-8 bytes, the path messages name, and a line table.
///
/// Invalid UTF-8 sequences become U+FFFD with a warning naming the byte offset;
/// NUL bytes become U+FFFD silently, as CommonMark requires; a leading byte order
/// mark is dropped.
public struct Source: Sendable {
    /// The path used in diagnostics (`<stdin>` for standard input).
    public let path: String
    /// Valid UTF-8 without NUL bytes.
    public let bytes: [UInt8]
    /// Warnings found while cleaning the input.
    public let diagnostics: [Diagnostic]

    /// Reads `bytes` as UTF-8, repairing what is not.
    public init(path: String, bytes input: [UInt8]) {
        self.path = path
        var diagnostics: [Diagnostic] = []
        let (cleaned, problems) = Source.clean(input)
        bytes = cleaned
        if !problems.isEmpty {
            for offset in problems.prefix(Source.reportedProblemLimit) {
                let position = SourcePosition(offset: offset, in: input)
                let hex = String(input[offset], radix: 16, uppercase: true)
                diagnostics.append(Diagnostic(
                    .warning, path: path, position: position,
                    message: "invalid UTF-8 byte 0x\(hex) at byte offset \(offset) replaced by U+FFFD"))
            }
            if problems.count > Source.reportedProblemLimit {
                let position = SourcePosition(offset: problems[Source.reportedProblemLimit], in: input)
                diagnostics.append(Diagnostic(
                    .warning, path: path, position: position,
                    message: "\(problems.count - Source.reportedProblemLimit) more invalid UTF-8 sequences replaced by U+FFFD"))
            }
        }
        self.diagnostics = diagnostics
    }

    /// Reads a Swift string, which is already valid UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The line and column (both 1-based, column in bytes) of a byte offset.
    /// It counts lines from the start, so it is meant for messages, not loops.
    public func position(ofOffset offset: Int) -> SourcePosition {
        SourcePosition(offset: offset, in: bytes)
    }

    private static let reportedProblemLimit = 10

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns the repaired bytes and the offsets of invalid sequences in `input`.
    private static func clean(_ input: [UInt8]) -> ([UInt8], [Int]) {
        var start = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { start = 3 }
        if start == 0, isValidUTF8WithoutNul(input) { return (input, []) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var problems: [Int] = []
        var index = start
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0 { output.append(contentsOf: replacement) } else { output.append(byte) }
                index += 1
                continue
            }
            let length = input.withUnsafeBufferPointer { sequenceLength($0, at: index) }
            if length == 0 {
                problems.append(index)
                output.append(contentsOf: replacement)
                index += 1
            } else {
                output.append(contentsOf: input[index..<index + length])
                index += length
            }
        }
        return (output, problems)
    }

    private static func isValidUTF8WithoutNul(_ input: [UInt8]) -> Bool {
        input.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    if word & 0x8080_8080_8080_8080 == 0, hasZeroByte == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = buffer[index]
                if byte >= 0xE1, byte <= 0xEC, index + 2 < count,
                   buffer[index + 1] & 0xC0 == 0x80, buffer[index + 2] & 0xC0 == 0x80 {
                    index += 3
                } else if byte >= 0x80 {
                    let length = sequenceLength(buffer, at: index)
                    if length == 0 { return false }
                    index += length
                } else {
                    if byte == 0 { return false }
                    index += 1
                }
            }
            return true
        }
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if it is ill-formed.
    private static func sequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = input[index]
        let available = input.count - index
        @inline(__always) func byte(_ offset: Int) -> UInt8 { input[index + offset] }
        @inline(__always) func isContinuation(_ value: UInt8) -> Bool { value & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return available >= 2 && isContinuation(byte(1)) ? 2 : 0
        case 0xE0...0xEF:
            guard available >= 3, isContinuation(byte(2)) else { return 0 }
            let second = byte(1)
            switch lead {
            case 0xE0: return second >= 0xA0 && second <= 0xBF ? 3 : 0
            case 0xED: return second >= 0x80 && second <= 0x9F ? 3 : 0
            default: return isContinuation(second) ? 3 : 0
            }
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
