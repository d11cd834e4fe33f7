/// A language code can be highlighted in, found from the name a fenced code block gives
/// (` ```python `, ` ```sh `, ` ```c++ `), in any case.
enum CodeLanguage: Sendable {
    /// A language a `LanguageRules` table describes.
    case rules(CompiledRules)
    case markup(isHTML: Bool)
    case markdown
    case yaml
    case diff

    /// The language `name` stands for, or nil for one that is not highlighted.
    init?(name: String) {
        guard let language = Self.byName[name.lowercased()] else { return nil }
        self = language
    }

    /// The tokens of `bytes` in this language.
    func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> [HighlightToken] {
        switch self {
        case .rules(let rules): CodeScanner.tokens(of: bytes, rules: rules)
        case .markup(let isHTML): MarkupScanner.tokens(of: bytes, isHTML: isHTML)
        case .markdown: MarkdownScanner.tokens(of: bytes)
        case .yaml: YAMLScanner.tokens(of: bytes)
        case .diff: DiffScanner.tokens(of: bytes)
        }
    }

    private static let byName: [String: CodeLanguage] = {
        var languages: [String: CodeLanguage] = [:]
        func add(_ names: String, _ language: CodeLanguage) {
            for name in names.split(separator: " ") { languages[String(name)] = language }
        }
        add("bash sh shell zsh ksh console shell-session shellsession", .rules(CompiledRules(.shell)))
        add("c h", .rules(CompiledRules(.c)))
        add("cpp c++ cc cxx hpp hh hxx", .rules(CompiledRules(.cPlusPlus)))
        add("java", .rules(CompiledRules(.java)))
        add("python py python3 py3 gyp", .rules(CompiledRules(.python)))
        add("javascript js jsx mjs cjs node", .rules(CompiledRules(.javaScript)))
        add("typescript ts tsx mts", .rules(CompiledRules(.typeScript)))
        add("go golang", .rules(CompiledRules(.go)))
        add("rust rs", .rules(CompiledRules(.rust)))
        add("swift", .rules(CompiledRules(.swift)))
        add("sql mysql postgresql postgres psql pgsql plsql sqlite tsql", .rules(CompiledRules(.sql)))
        add("json jsonc json5 geojson", .rules(CompiledRules(.json)))
        add("css scss less", .rules(CompiledRules(.css)))
        add("yaml yml", .yaml)
        add("xml xsl xslt svg plist rss atom xaml", .markup(isHTML: false))
        add("html xhtml htm vue", .markup(isHTML: true))
        add("markdown md mkd mkdn", .markdown)
        add("diff patch udiff", .diff)
        return languages
    }()
}
