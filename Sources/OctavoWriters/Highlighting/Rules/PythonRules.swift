extension LanguageRules {
    /// Python: `#` comments, triple-quoted and prefixed strings, decorators.
    static let python: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = [Array("#".utf8)]
        rules.strings = [
            .delimited(open: Array("\"\"\"".utf8), close: Array("\"\"\"".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            .delimited(open: Array("'''".utf8), close: Array("'''".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            doubleQuoted, singleQuoted,
        ]
        rules.stringPrefixes = ["rb", "br", "Rb", "bR", "RB", "BR", "rf", "fr", "Rf", "fR", "RF", "FR", "r", "R", "b", "B", "f", "F", "u", "U"]
            .map { Array($0.utf8) }
        rules.keywords = words("""
            and as assert async await break class continue def del elif else except finally for from global if import
            in is lambda nonlocal not or pass raise return try while with yield match case
            """)
        rules.literals = words("True False None NotImplemented Ellipsis")
        rules.types = words("int float complex str bytes bytearray bool list tuple dict set frozenset object type")
        rules.builtins = words("""
            print len range open enumerate zip map filter sorted reversed sum min max abs round isinstance issubclass
            hasattr getattr setattr super input iter next repr format id hash any all vars dir self cls
            """)
        rules.capitalisedWordsAreTypes = true
        rules.annotationPrefix = UInt8(ascii: "@")
        rules.operatorBytes = Array("+-*/%=<>!&|^~:".utf8)
        return rules
    }()
}
