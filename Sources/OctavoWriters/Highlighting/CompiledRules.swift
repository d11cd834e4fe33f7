/// A `LanguageRules` table made ready for `CodeScanner`, once per language: the class of
/// every byte, and the kind of every word the table lists in one dictionary.
final class CompiledRules: Sendable {
    let rules: LanguageRules
    let byteClasses: [ByteClass]
    /// Keywords, types, literals and builtins (lower case when the language ignores
    /// case), a word in several lists taking the first of that order.
    let wordKinds: [String: HighlightKind]

    /// What a byte may be in code.
    struct ByteClass: OptionSet, Sendable {
        let rawValue: UInt8
        static let wordStart = ByteClass(rawValue: 1)
        static let word = ByteClass(rawValue: 2)
        static let `operator` = ByteClass(rawValue: 4)
        /// The first byte of a comment opener, a string opener or a string prefix.
        static let opener = ByteClass(rawValue: 8)
    }

    init(_ rules: LanguageRules) {
        self.rules = rules
        var classes = [ByteClass](repeating: [], count: 256)
        for byte in 0..<256 {
            let scalar = UInt8(byte)
            if scalar.isASCIILetter || scalar == UInt8(ascii: "_") || scalar >= 0x80 { classes[byte] = [.wordStart, .word] }
            if scalar.isASCIIDigit { classes[byte] = [.word] }
        }
        for byte in rules.extraWordBytes { classes[Int(byte)].insert(.word) }
        for byte in rules.extraWordStartBytes { classes[Int(byte)].formUnion([.wordStart, .word]) }
        for byte in rules.operatorBytes { classes[Int(byte)].insert(.operator) }
        var openers = rules.lineComments.compactMap(\.first) + rules.blockComments.compactMap(\.open.first) + rules.stringPrefixes.compactMap(\.first)
        for rule in rules.strings {
            switch rule {
            case .delimited(let open, _, _, _, _, _): openers += open.prefix(1)
            case .hashFenced(let prefix, _): openers.append(prefix.first ?? UInt8(ascii: "#"))
            case .delimiterFenced: openers.append(UInt8(ascii: "R"))
            case .character: openers.append(UInt8(ascii: "'"))
            }
        }
        for byte in openers { classes[Int(byte)].insert(.opener) }
        byteClasses = classes
        var kinds: [String: HighlightKind] = [:]
        for (words, kind) in [(rules.builtins, HighlightKind.builtin), (rules.literals, .literal), (rules.types, .type), (rules.keywords, .keyword)] {
            for word in words { kinds[word] = kind }
        }
        wordKinds = kinds
    }
}
