import OctavoModel

/// Stable identifiers for references, derived from their normalised content.
///
/// A content id is a kind prefix and the 64-bit FNV-1a hash of the normalised URL or
/// title in 16 hex digits, e.g. `b-3f1c…`; the same content gives the same content id
/// in every post. Each repeat of the same content within one post counts as the next
/// occurrence, so ids stay unique in a document while edits elsewhere leave them
/// unchanged.
struct ReferenceIDs {
    private static let hexDigits: StaticString = "0123456789abcdef"

    private let prefix: [UInt8]
    /// How often each content hash has been given an id.
    private var seen = HashCounts()

    init(prefix: String) {
        self.prefix = Array(prefix.utf8) + [UInt8(ascii: "-")]
    }

    /// The content id and occurrence of one occurrence of `normalisedContent`.
    mutating func next(for normalisedContent: String) -> (contentID: String, occurrence: Int) {
        var hash = FNV1a<UInt64>()
        normalisedContent.withUTF8Bytes { hash.append($0) }
        return next(hash: hash.value)
    }

    /// The content id and occurrence of one occurrence of `url`, normalised as
    /// `URLNormalizer` does (the normal form is hashed as it is made, never stored).
    mutating func next(forURL url: String) -> (contentID: String, occurrence: Int) {
        var hash = FNV1a<UInt64>()
        url.withUTF8Bytes { URLNormalizer.normalise($0, into: &hash) }
        return next(hash: hash.value)
    }

    private mutating func next(hash: UInt64) -> (contentID: String, occurrence: Int) {
        let occurrence = seen.increment(hash)
        let contentID = prefix.withUnsafeBufferPointer { prefix in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + 16) { id in
                _ = id.initialize(fromContentsOf: prefix)
                let digits = ReferenceIDs.hexDigits.utf8Start
                var value = hash
                for offset in 0..<16 {
                    id[prefix.count + 15 - offset] = digits[Int(value & 0xF)]
                    value >>= 4
                }
                return String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: id[..<(prefix.count + 16)]).span, isKnownASCII: true))
            }
        }
        return (contentID, occurrence)
    }
}
