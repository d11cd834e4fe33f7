extension LanguageRules {
    /// Swift: nested comments, multi-line and raw strings, `\(…)` interpolation, attributes.
    static let swift: LanguageRules = {
        var rules = LanguageRules()
        let interpolation = Interpolation(open: Array("\\(".utf8), close: UInt8(ascii: ")"))
        rules.lineComments = slashLineComments
        rules.blockComments = [BlockComment(open: Array("/*".utf8), close: Array("*/".utf8), nests: true)]
        rules.strings = [
            .hashFenced(prefix: [], minimumHashes: 1),
            .delimited(open: Array("\"\"\"".utf8), close: Array("\"\"\"".utf8), escape: UInt8(ascii: "\\"), multiline: true,
                       interpolation: interpolation),
            .delimited(open: Array("\"".utf8), close: Array("\"".utf8), escape: UInt8(ascii: "\\"), multiline: false,
                       interpolation: interpolation),
        ]
        rules.keywords = words("""
            actor associatedtype async await break case catch class continue default defer deinit do else enum
            extension fallthrough fileprivate for func guard if import in indirect init inout internal is let
            mutating nonisolated open operator private protocol public repeat rethrows return some any static struct
            subscript super switch throw throws try typealias var where while consuming borrowing
            """)
        rules.types = words("Int Double Float String Bool Character Array Dictionary Set Optional Void Any AnyObject Self")
        rules.literals = words("true false nil self")
        rules.builtins = words("print debugPrint fatalError precondition assert min max zip stride")
        rules.capitalisedWordsAreTypes = true
        rules.annotationPrefix = UInt8(ascii: "@")
        rules.operatorBytes = cOperators
        return rules
    }()
}
