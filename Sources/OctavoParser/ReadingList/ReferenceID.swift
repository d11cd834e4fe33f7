/// Stable identifiers for references, derived from their normalised content.
///
/// An id is a kind prefix and the 64-bit FNV-1a hash of the normalised URL or title
/// in 16 hex digits, e.g. `b-3f1c…`; the same content gives the same id in every
/// post. A repeat of the same content within one post gets `-2`, `-3`, … so ids
/// stay unique in a document while edits elsewhere leave them unchanged.
struct ReferenceIDs {
    private let prefix: String
    private var seen: [String: Int] = [:]

    init(prefix: String) {
        self.prefix = prefix
    }

    /// The id for one occurrence of `normalisedContent`.
    mutating func next(for normalisedContent: String) -> String {
        let base = prefix + "-" + ReferenceIDs.hex(ReferenceIDs.fnv1a64(normalisedContent))
        let count = (seen[base] ?? 0) + 1
        seen[base] = count
        return count == 1 ? base : base + "-" + String(count)
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `value` as 16 lower-case hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 16)
        var rest = value
        for index in stride(from: 15, through: 0, by: -1) {
            bytes[index] = digits[Int(rest & 0xF)]
            rest >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
