/// Stable identifiers for references, derived from their normalised content.
///
/// An id is a kind prefix and the 64-bit FNV-1a hash of the normalised URL or title
/// in 16 hex digits, e.g. `b-3f1c…`; the same content gives the same id in every
/// post. A repeat of the same content within one post gets `-2`, `-3`, … so ids
/// stay unique in a document while edits elsewhere leave them unchanged.
struct ReferenceIDs {
    private static let hexDigits: StaticString = "0123456789abcdef"

    private let prefix: [UInt8]
    /// How often each content hash has been given an id.
    private var seen = HashCounts()

    init(prefix: String) {
        self.prefix = Array(prefix.utf8) + [UInt8(ascii: "-")]
    }

    /// The id for one occurrence of `normalisedContent`.
    mutating func next(for normalisedContent: String) -> String {
        var hash = FNV1a()
        normalisedContent.withUTF8Bytes { hash.append(contentsOf: $0) }
        return next(hash: hash.value)
    }

    /// The id for one occurrence of `url`, normalised as `URLNormalizer` does (the
    /// normal form is hashed as it is made, never stored).
    mutating func next(forURL url: String) -> String {
        var hash = FNV1a()
        url.withUTF8Bytes { URLNormalizer.normalise($0, into: &hash) }
        return next(hash: hash.value)
    }

    private mutating func next(hash: UInt64) -> String {
        let count = seen.increment(hash)
        let suffix = count > 1 ? "-\(count)" : ""
        return prefix.withUnsafeBufferPointer { prefix in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + 16 + suffix.utf8.count) { id in
                var length = prefix.count
                _ = id.initialize(fromContentsOf: prefix)
                let digits = ReferenceIDs.hexDigits.utf8Start
                var value = hash
                for offset in 0..<16 {
                    id[length + 15 - offset] = digits[Int(value & 0xF)]
                    value >>= 4
                }
                length += 16
                for byte in suffix.utf8 {
                    id[length] = byte
                    length += 1
                }
                return String(copying: UTF8Span(unchecked: UnsafeBufferPointer(rebasing: id[..<length]).span, isKnownASCII: true))
            }
        }
    }
}
