extension LanguageRules {
    /// JSON: keys apart from string values, numbers, `true`, `false`, `null`.
    static let json: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = slashStarComments
        rules.strings = [doubleQuoted]
        rules.stringKeys = true
        rules.literals = words("true false null")
        return rules
    }()
}
