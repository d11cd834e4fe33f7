import OctavoModel

/// Why a text is not JSON: what was found and what was expected, and where.
struct JSONSyntaxError: Error, Sendable, Equatable {
    /// The byte offset of the problem; the length of the text for a premature end.
    var offset: Int
    /// The line and column of `offset` (both 1-based, the column in bytes).
    var position: SourcePosition
    var message: String

    init(offset: Int, in bytes: [UInt8], message: String) {
        self.offset = offset
        self.position = SourcePosition(offset: offset, in: bytes)
        self.message = message
    }
}
