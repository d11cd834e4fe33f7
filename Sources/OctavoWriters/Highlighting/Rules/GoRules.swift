extension LanguageRules {
    /// Go: raw strings in backquotes, runes.
    static let go: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = slashStarComments
        rules.strings = [.delimited(open: Array("`".utf8), close: Array("`".utf8), escape: nil, multiline: true), doubleQuoted, .character]
        rules.keywords = words("""
            break case chan const continue default defer else fallthrough for func go goto if import interface map
            package range return select struct switch type var
            """)
        rules.types = words("""
            bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8
            uint16 uint32 uint64 uintptr any comparable
            """)
        rules.literals = words("true false nil iota")
        rules.builtins = words("append cap clear close complex copy delete imag len make max min new panic print println real recover")
        rules.operatorBytes = cOperators
        return rules
    }()
}
