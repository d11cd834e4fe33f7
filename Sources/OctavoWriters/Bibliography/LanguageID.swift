import OctavoXML

/// The language of a reference: BibLaTeX `langid` names, and language tags for CSL-JSON and RIS.
enum LanguageID {
    private static let names = [
        "en": "english", "zh": "chinese", "ja": "japanese", "ko": "korean", "de": "german", "fr": "french",
        "es": "spanish", "it": "italian", "ru": "russian", "pt": "portuguese", "nl": "dutch", "sv": "swedish",
    ]

    /// The babel and polyglossia name of a title's language: Japanese for kana, Korean
    /// for hangul, Chinese for Han characters alone; otherwise the post's `lang` unless
    /// that is one of those three, and English when there is no other clue.
    static func of(title: String, postLanguage: String?) -> String {
        if let code = scriptLanguage(of: title), let name = names[code] { return name }
        let code = postLanguage.map { String($0.lowercased().prefix { $0.isLetter }) }
        if let code, let name = names[code], !["zh", "ja", "ko"].contains(code) { return name }
        return "english"
    }

    /// The language tag of a reference (`pl`, `zh-CN`): the post's `lang` when it is a
    /// language tag, else what the title's script tells (`ja`, `ko`, `zh`); nil when
    /// neither says anything.
    static func tag(title: String, postLanguage: String?) -> String? {
        postLanguage.flatMap(LanguageTag.normalised) ?? scriptLanguage(of: title)
    }

    /// `ja` for a title with kana, `ko` for one with hangul, `zh` for Han characters
    /// alone; nil for a title in other scripts.
    private static func scriptLanguage(of title: String) -> String? {
        var han = false
        for scalar in title.unicodeScalars {
            switch WritingScript(scalar) {
            case .kana?: return "ja"
            case .hangul?: return "ko"
            case .han?: han = true
            case .latin?, nil: continue
            }
        }
        return han ? "zh" : nil
    }
}
