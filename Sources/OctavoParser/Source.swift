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
        if start == 0, input.withUnsafeBufferPointer(UTF8Text.isValidWithoutNul) { return (input, []) }
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
            let length = input.withUnsafeBufferPointer { UTF8Text.sequenceLength($0, at: index) }
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
}
