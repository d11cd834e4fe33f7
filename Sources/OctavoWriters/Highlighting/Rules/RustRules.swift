extension LanguageRules {
    /// Rust: nested comments, raw strings, characters (not lifetimes), attributes, macros.
    static let rust: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = [BlockComment(open: Array("/*".utf8), close: Array("*/".utf8), nests: true)]
        rules.strings = [
            .hashFenced(prefix: Array("r".utf8), minimumHashes: 0),
            .delimited(open: Array("\"".utf8), close: Array("\"".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            .character,
        ]
        rules.stringPrefixes = [Array("b".utf8), Array("c".utf8)]
        rules.keywords = words("""
            as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move mut
            pub ref return self Self static struct super trait type union unsafe use where while
            """)
        rules.types = words("bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64")
        rules.literals = words("true false None Some Ok Err")
        rules.capitalisedWordsAreTypes = true
        rules.hashBracketAttributes = true
        rules.bangMacros = true
        rules.operatorBytes = cOperators
        return rules
    }()
}
