/// One token of TeX math: what TeX's eyes and mouth make of the characters.
struct TeXToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// `\name` (a control word, letters only) or `\x` (a control symbol); the name has no backslash.
        case command(String)
        /// Any other character: letters, digits, punctuation, `~`, `'`, `[`, `]`, non-ASCII text.
        case character(Unicode.Scalar)
        /// `{`
        case beginGroup
        /// `}`
        case endGroup
        /// `^`
        case caret
        /// `_`
        case underscore
        /// `&`
        case alignment
        /// `#`
        case parameter
        /// One or more white-space characters; math mode skips them, text mode keeps one.
        case space
    }

    var kind: Kind
    /// UTF-8 offsets of the token's first byte and of the byte after it.
    var start: Int
    var end: Int

    /// The command's name, if the token is a command.
    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }

    /// The character, if the token is a plain character.
    var character: Unicode.Scalar? {
        if case .character(let scalar) = kind { return scalar }
        return nil
    }
}
