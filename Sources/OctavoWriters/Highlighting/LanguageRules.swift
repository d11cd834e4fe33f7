/// The table `CodeScanner` reads to highlight one programming language: how its
/// comments, strings and numbers are written and which words it reserves.
struct LanguageRules: Sendable {
    /// Openers of comments that run to the end of the line, such as `//` or `#`.
    var lineComments: [[UInt8]] = []
    /// Whether a line comment opens only at the start of a word (after white space, a
    /// line start or `;`), as `#` in a shell, so that `a#b` stays a word.
    var lineCommentsAtWordStart = false
    /// Comments with an opener and a closer, such as `/* */`.
    var blockComments: [BlockComment] = []
    /// String and character literals, tried in order (so `"""` goes before `"`).
    var strings: [StringRule] = []
    /// Letters that may stand before a string opener and belong to the string, such as
    /// Python's `rb` or C's `u8`.
    var stringPrefixes: [[UInt8]] = []
    /// Reserved words (lower case when `wordsIgnoreCase`).
    var keywords: Set<String> = []
    /// Names of types the language defines.
    var types: Set<String> = []
    /// Functions, commands and objects the language or its library provides.
    var builtins: Set<String> = []
    /// Words standing for values, such as `true`, `false` and `null`.
    var literals: Set<String> = []
    /// Whether words are looked up in lower case (SQL).
    var wordsIgnoreCase = false
    /// Whether a capitalised word with a lower-case letter (`HashMap`, not `MAX`) is a type.
    var capitalisedWordsAreTypes = false
    /// Bytes besides letters, digits and `_` that continue a word (`-` in CSS, `$` in JavaScript).
    var extraWordBytes: [UInt8] = []
    /// Bytes besides letters and `_` that start a word.
    var extraWordStartBytes: [UInt8] = []
    /// Bytes written as operators; runs of them are one token.
    var operatorBytes: [UInt8] = []
    /// The byte before a name that makes it an annotation or attribute (`@` in Java,
    /// Python, Swift, CSS).
    var annotationPrefix: UInt8?
    /// Whether `#` at the start of a line opens a preprocessor line (C, C++).
    var preprocessorLines = false
    /// Whether `#[…]` and `#![…]` are attributes (Rust).
    var hashBracketAttributes = false
    /// Whether a word followed by `!` is a macro, highlighted as a builtin (Rust).
    var bangMacros = false
    /// Whether `$name`, `${…}`, `$1` and the like are variables (shell).
    var dollarVariables = false
    /// Whether `<<WORD` opens a here-document running to a line holding WORD (shell).
    var hereDocuments = false
    /// Whether a string followed by `:` is a property name (JSON).
    var stringKeys = false
    /// Whether a word followed by `:` is a property name unless a `{` comes before the
    /// next `;` or `}` (CSS, where `a:hover {` is a selector).
    var wordKeysBeforeColon = false
    /// Whether `#` and three to eight hexadecimal digits are a colour, read as a number (CSS).
    var hashColours = false
}

/// A comment between an opener and a closer; `nests` when the language counts inner
/// openers (Rust, Swift).
struct BlockComment: Sendable {
    let open: [UInt8]
    let close: [UInt8]
    var nests = false
}

/// How one kind of string literal is written.
enum StringRule: Sendable {
    /// Between `open` and `close`; `escape` hides the byte after it; a single-line
    /// string ends at the line's end; `doubledClose` reads a doubled closer as one
    /// (SQL's `''`); `interpolation` opens embedded code, highlighted as code up to
    /// the matching closer.
    case delimited(open: [UInt8], close: [UInt8], escape: UInt8?, multiline: Bool, doubledClose: Bool = false,
                   interpolation: Interpolation? = nil)
    /// A raw string whose quotes are fenced by any number of `#` after `prefix`:
    /// Rust's `r#"…"#` (prefix `r`), Swift's `#"…"#` (no prefix, at least one `#`).
    case hashFenced(prefix: [UInt8], minimumHashes: Int)
    /// C++'s `R"delimiter(…)delimiter"`.
    case delimiterFenced
    /// A character literal: `'x'` or `'\n'`, and nothing when the quote opens no such
    /// literal (a Rust lifetime).
    case character
}

/// Code embedded in a string, such as `${…}` in a JavaScript template.
struct Interpolation: Sendable {
    /// What opens the code, ending in the bracket that `close` matches.
    let open: [UInt8]
    let close: UInt8
}

extension LanguageRules {
    /// The words of a space-separated list, for keyword tables.
    static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// `//` line comments.
    static let slashLineComments = [Array("//".utf8)]
    /// `/* */` comments that do not nest.
    static let slashStarComments = [BlockComment(open: Array("/*".utf8), close: Array("*/".utf8))]
    /// The operator bytes of C and the languages that borrow its syntax.
    static let cOperators = Array("+-*/%=<>!&|^~?:".utf8)
    /// A double-quoted string with backslash escapes on one line.
    static let doubleQuoted = StringRule.delimited(open: Array("\"".utf8), close: Array("\"".utf8), escape: UInt8(ascii: "\\"), multiline: false)
    /// A single-quoted string with backslash escapes on one line.
    static let singleQuoted = StringRule.delimited(open: Array("'".utf8), close: Array("'".utf8), escape: UInt8(ascii: "\\"), multiline: false)
}
