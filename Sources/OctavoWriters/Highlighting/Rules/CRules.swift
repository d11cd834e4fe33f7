extension LanguageRules {
    /// C: comments, preprocessor lines, strings with `L`/`u8` prefixes, characters.
    static let c: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = slashStarComments
        rules.preprocessorLines = true
        rules.strings = [doubleQuoted, .character]
        rules.stringPrefixes = [Array("u8".utf8), Array("L".utf8), Array("u".utf8), Array("U".utf8)]
        rules.keywords = words("""
            auto break case const continue default do else enum extern for goto if inline register restrict return
            sizeof static struct switch typedef union volatile while _Alignas _Alignof _Atomic _Generic _Noreturn
            _Static_assert _Thread_local
            """)
        rules.types = words("""
            void char short int long float double signed unsigned _Bool _Complex bool size_t ssize_t ptrdiff_t
            int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t intptr_t uintptr_t FILE wchar_t
            """)
        rules.literals = words("NULL true false EOF")
        rules.builtins = words("""
            printf fprintf sprintf snprintf scanf malloc calloc realloc free memcpy memmove memset memcmp strlen strcpy
            strncpy strcmp strncmp strcat fopen fclose fread fwrite fgets fputs puts getchar putchar exit abort assert
            """)
        rules.operatorBytes = cOperators
        return rules
    }()

    /// C++: C's rules with C++'s words and raw strings.
    static let cPlusPlus: LanguageRules = {
        var rules = c
        rules.strings = [.delimiterFenced, doubleQuoted, .character]
        rules.keywords.formUnion(words("""
            alignas alignof and asm catch class concept consteval constexpr constinit const_cast co_await co_return
            co_yield decltype delete dynamic_cast explicit export friend mutable namespace new noexcept not operator
            or private protected public reinterpret_cast requires static_assert static_cast template this
            thread_local throw try typeid typename using virtual override final
            """))
        rules.types.formUnion(words("char8_t char16_t char32_t string vector map set unordered_map unordered_set"))
        rules.literals.formUnion(words("nullptr"))
        rules.builtins.formUnion(words("std cout cin cerr endl make_shared make_unique move forward"))
        return rules
    }()
}
