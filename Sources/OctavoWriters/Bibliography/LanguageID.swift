/// BibLaTeX `langid` values: babel and polyglossia language names.
enum LanguageID {
    private static let names = [
        "en": "english", "zh": "chinese", "ja": "japanese", "ko": "korean", "de": "german", "fr": "french",
        "es": "spanish", "it": "italian", "ru": "russian", "pt": "portuguese", "nl": "dutch", "sv": "swedish",
    ]

    /// The language of a title: Japanese for kana, Korean for hangul, Chinese for Han
    /// characters alone; otherwise the post's `lang` unless that is one of those three,
    /// and English when there is no other clue.
    static func of(title: String, postLanguage: String?) -> String {
        var han = false
        for scalar in title.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF, 0x31F0...0x31FF: return "japanese"
            case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return "korean"
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: han = true
            default: continue
            }
        }
        if han { return "chinese" }
        let code = postLanguage.map { String($0.lowercased().prefix { $0.isLetter }) }
        if let code, let name = names[code], !["zh", "ja", "ko"].contains(code) { return name }
        return "english"
    }
}
