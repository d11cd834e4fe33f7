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
            switch WritingScript(scalar) {
            case .kana?: return "japanese"
            case .hangul?: return "korean"
            case .han?: han = true
            case .latin?, nil: continue
            }
        }
        if han { return "chinese" }
        let code = postLanguage.map { String($0.lowercased().prefix { $0.isLetter }) }
        if let code, let name = names[code], !["zh", "ja", "ko"].contains(code) { return name }
        return "english"
    }

    /// The same language as a language tag (`en`, `zh`), for CSL-JSON and RIS.
    static func tag(title: String, postLanguage: String?) -> String {
        let name = of(title: title, postLanguage: postLanguage)
        return names.first { $0.value == name }?.key ?? "en"
    }
}
