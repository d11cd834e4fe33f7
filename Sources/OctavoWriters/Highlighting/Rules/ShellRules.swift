extension LanguageRules {
    /// POSIX shell and bash: `#` comments at word starts, variables, here-documents.
    static let shell: LanguageRules = {
        var rules = LanguageRules()
        rules.lineComments = [Array("#".utf8)]
        rules.lineCommentsAtWordStart = true
        rules.strings = [
            .delimited(open: Array("$'".utf8), close: Array("'".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            .delimited(open: Array("\"".utf8), close: Array("\"".utf8), escape: UInt8(ascii: "\\"), multiline: true),
            .delimited(open: Array("'".utf8), close: Array("'".utf8), escape: nil, multiline: true),
            .delimited(open: Array("`".utf8), close: Array("`".utf8), escape: UInt8(ascii: "\\"), multiline: true),
        ]
        rules.keywords = words("""
            if then else elif fi for while until do done case esac in function select time coproc return break continue
            local export readonly declare typeset unset shift exit
            """)
        rules.builtins = words("""
            echo printf read cd pwd pushd popd source alias unalias eval exec trap set test wait kill jobs bg fg type
            command builtin getopts let ulimit umask hash history true false
            """)
        rules.operatorBytes = Array("|&;<>=!".utf8)
        rules.dollarVariables = true
        rules.hereDocuments = true
        return rules
    }()
}
