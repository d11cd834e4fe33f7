/// The scripts Octavo tells languages apart by.
enum WritingScript {
    /// Chinese characters (also used in Japanese).
    case han
    /// Japanese hiragana and katakana.
    case kana
    /// Korean.
    case hangul
    /// Latin letters, accented ones included.
    case latin

    /// The script of a letter; nil for anything else.
    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: self = .latin
        case 0xC0...0x24F where scalar.properties.isAlphabetic: self = .latin
        case 0x3040...0x30FF, 0x31F0...0x31FF: self = .kana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        default: return nil
        }
    }
}
