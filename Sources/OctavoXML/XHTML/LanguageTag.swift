/// Language tags as XHTML's `lang` and `xml:lang` take them: a primary subtag of one to
/// eight letters, then `-`-separated subtags of one to eight letters or digits.
public enum LanguageTag {
    /// `tag` in that shape, with `_` read as `-` (`zh_CN` is `zh-CN`); nil when it is not a language tag.
    public static func normalised(_ tag: String) -> String? {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let primary = subtags.first, isSubtag(primary, allowsDigits: false),
              subtags.dropFirst().allSatisfy({ isSubtag($0, allowsDigits: true) }) else { return nil }
        return subtags.joined(separator: "-")
    }

    private static func isSubtag(_ subtag: Substring, allowsDigits: Bool) -> Bool {
        (1...8).contains(subtag.utf8.count) && subtag.utf8.allSatisfy { byte in
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            return letter || (allowsDigits && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
    }
}
