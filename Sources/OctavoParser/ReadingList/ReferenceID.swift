/// Stable identifiers for references, derived from their normalised content.
///
/// An id is a kind prefix and the 64-bit FNV-1a hash of the normalised URL or title
/// in 16 hex digits, e.g. `b-3f1c…`; the same content gives the same id in every
/// post. A repeat of the same content within one post gets `-2`, `-3`, … so ids
/// stay unique in a document while edits elsewhere leave them unchanged.
struct ReferenceIDs {
    private let prefix: [UInt8]
    /// How often each content hash has been given an id.
    private var seen: [UInt64: Int] = [:]

    init(prefix: String) {
        self.prefix = Array(prefix.utf8) + [UInt8(ascii: "-")]
    }

    /// The id for one occurrence of `normalisedContent`.
    mutating func next(for normalisedContent: String) -> String {
        let hash = ReferenceIDs.fnv1a64(normalisedContent)
        let count = (seen[hash] ?? 0) + 1
        seen[hash] = count
        var id = prefix
        id.reserveCapacity(prefix.count + 24)
        ReferenceIDs.appendHex(hash, to: &id)
        if count > 1 {
            id.append(UInt8(ascii: "-"))
            id.append(contentsOf: String(count).utf8)
        }
        return String(decoding: id, as: UTF8.self)
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes of `text`.
    static func fnv1a64(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }

    /// Appends `value` as 16 lower-case hex digits.
    private static func appendHex(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8((value >> UInt64(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}
