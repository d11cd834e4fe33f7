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
    /// The normalised URL being hashed, kept from call to call.
    private var normalisedURL: [UInt8] = []

    init(prefix: String) {
        self.prefix = Array(prefix.utf8) + [UInt8(ascii: "-")]
    }

    /// The id for one occurrence of `normalisedContent`.
    mutating func next(for normalisedContent: String) -> String {
        var text = normalisedContent
        return text.withUTF8 { next(hash: ReferenceIDs.fnv1a64($0)) }
    }

    /// The id for one occurrence of `url`, normalised as `URLNormalizer` does.
    mutating func next(forURL url: String) -> String {
        normalisedURL.removeAll(keepingCapacity: true)
        var url = url
        url.withUTF8 { URLNormalizer.normalise($0, appendingTo: &normalisedURL) }
        return next(hash: normalisedURL.withUnsafeBufferPointer { ReferenceIDs.fnv1a64($0) })
    }

    private mutating func next(hash: UInt64) -> String {
        let count = ReferenceIDs.increment(&seen[hash, default: 0])
        let prefix = self.prefix
        let suffix = count > 1 ? "-\(count)" : ""
        return String(unsafeUninitializedCapacity: prefix.count + 16 + suffix.utf8.count) { id in
            var length = 0
            for byte in prefix {
                id[length] = byte
                length += 1
            }
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: hash >> UInt64(shift)) & 0xF
                id[length] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
                length += 1
            }
            for byte in suffix.utf8 {
                id[length] = byte
                length += 1
            }
            return length
        }
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// FNV-1a, 64-bit, over `bytes`.
    static func fnv1a64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

}
