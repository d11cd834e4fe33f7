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
    /// Byte offset of the first byte of each line.
    private let lineStarts: [Int]

    /// Reads `bytes` as UTF-8, repairing what is not.
    public init(path: String, bytes input: [UInt8]) {
        self.path = path
        var diagnostics: [Diagnostic] = []
        let (cleaned, problems) = Source.clean(input)
        bytes = cleaned
        lineStarts = Source.lineStarts(of: cleaned)
        if !problems.isEmpty {
            let originalLines = Source.lineStarts(of: input)
            for offset in problems.prefix(Source.reportedProblemLimit) {
                let position = Source.position(ofOffset: offset, lineStarts: originalLines)
                let hex = String(input[offset], radix: 16, uppercase: true)
                diagnostics.append(Diagnostic(
                    .warning, path: path, position: position,
                    message: "invalid UTF-8 byte 0x\(hex) at byte offset \(offset) replaced by U+FFFD"))
            }
            if problems.count > Source.reportedProblemLimit {
                let position = Source.position(ofOffset: problems[Source.reportedProblemLimit], lineStarts: originalLines)
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
    public func position(ofOffset offset: Int) -> SourcePosition {
        Source.position(ofOffset: offset, lineStarts: lineStarts)
    }

    private static let reportedProblemLimit = 10

    private static func position(ofOffset offset: Int, lineStarts: [Int]) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Returns the repaired bytes and the offsets of invalid sequences in `input`.
    private static func clean(_ input: [UInt8]) -> ([UInt8], [Int]) {
        var start = 0
        if input.count >= 3, input[0] == 0xEF, input[1] == 0xBB, input[2] == 0xBF { start = 3 }
        if start == 0, !input.contains(0), isValidUTF8(input) { return (input, []) }
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
            let length = sequenceLength(input, at: index)
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

    private static func isValidUTF8(_ input: [UInt8]) -> Bool {
        var index = 0
        let count = input.count
        while index < count {
            if input[index] < 0x80 { index += 1; continue }
            let length = sequenceLength(input, at: index)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if it is ill-formed.
    private static func sequenceLength(_ input: [UInt8], at index: Int) -> Int {
        let lead = input[index]
        let count = input.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && input[index + offset] >= low && input[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }
}
