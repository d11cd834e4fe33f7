extension LanguageRules {
    /// Java: text blocks, characters, annotations, capitalised class names.
    static let java: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = slashStarComments
        rules.strings = [
            .delimited(open: Array("\"\"\"".utf8), close: Array("\"\"\"".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            doubleQuoted, .character,
        ]
        rules.keywords = words("""
            abstract assert break case catch class const continue default do else enum extends final finally for goto
            if implements import instanceof interface native new package private protected public return static
            strictfp super switch synchronized this throw throws transient try volatile while var record sealed
            permits yield non-sealed
            """)
        rules.types = words("boolean byte char short int long float double void")
        rules.literals = words("true false null")
        rules.builtins = words("System String Object Integer Math")
        rules.capitalisedWordsAreTypes = true
        rules.extraWordBytes = Array("$".utf8)
        rules.annotationPrefix = UInt8(ascii: "@")
        rules.operatorBytes = cOperators
        return rules
    }()
}
