extension LanguageRules {
    /// CSS: properties, at-rules, colours, numbers with units.
    static let css: LanguageRules = {
        var rules = LanguageRules()
        rules.blockComments = slashStarComments
        rules.strings = [doubleQuoted, singleQuoted]
        rules.extraWordBytes = Array("-".utf8)
        rules.wordKeysBeforeColon = true
        rules.hashColours = true
        rules.annotationPrefix = UInt8(ascii: "@")
        rules.keywords = words("important inherit initial unset revert auto none")
        rules.builtins = words("url rgb rgba hsl hsla calc var min max clamp attr linear-gradient radial-gradient")
        rules.operatorBytes = Array(">+~*=!".utf8)
        return rules
    }()
}
