extension LanguageRules {
    /// JavaScript: template strings whose `${…}` is highlighted as code.
    static let javaScript: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = slashLineComments
        rules.blockComments = slashStarComments
        rules.strings = [
            .delimited(open: Array("`".utf8), close: Array("`".utf8), escape: UInt8(ascii: "\\"), multiline: true,
                       interpolation: Interpolation(open: Array("${".utf8), close: UInt8(ascii: "}"))),
            doubleQuoted, singleQuoted,
        ]
        rules.keywords = words("""
            async await break case catch class const continue debugger default delete do else export extends finally
            for from function get if import in instanceof let new of return set static super switch this throw try
            typeof var void while with yield
            """)
        rules.literals = words("true false null undefined NaN Infinity")
        rules.builtins = words("""
            console window document globalThis Object Array String Number Boolean Promise Map Set JSON Math Date
            RegExp Error Symbol require module exports process
            """)
        rules.extraWordBytes = Array("$".utf8)
        rules.extraWordStartBytes = Array("$".utf8)
        rules.operatorBytes = cOperators
        return rules
    }()

    /// TypeScript: JavaScript with types, decorators and type words.
    static let typeScript: LanguageRules = {
        var rules = javaScript
        rules.keywords.formUnion(words("""
            abstract as declare enum implements interface keyof namespace private protected public readonly type
            infer is satisfies override
            """))
        rules.types = words("any boolean never number object string symbol unknown void bigint")
        rules.capitalisedWordsAreTypes = true
        rules.annotationPrefix = UInt8(ascii: "@")
        return rules
    }()
}
