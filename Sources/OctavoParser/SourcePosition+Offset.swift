import OctavoModel

extension SourcePosition {
    /// The line and column of a byte offset in `bytes`; a line ends at LF, CR LF or a lone CR.
    /// It counts from the start, so it is meant for messages, not loops.
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        self.init(line: line, column: offset - lineStart + 1)
    }
}
