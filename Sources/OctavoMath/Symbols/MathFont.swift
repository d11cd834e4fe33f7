/// A math alphabet from a font command (`\mathbf`, `\mathbb`, `\boldsymbol`, …), applied by
/// mapping letters and digits to Unicode's mathematical alphanumeric symbols, which every
/// MathML renderer shows as they are.
enum MathFont: Sendable, Hashable {
    case upright
    case bold
    case italic
    case boldItalic
    case script
    case boldScript
    case fraktur
    case boldFraktur
    case doubleStruck
    case sansSerif
    case sansSerifBold
    case sansSerifItalic
    case sansSerifBoldItalic
    case monospace
    /// `\boldsymbol`: bold italic letters, bold upright capital Greek and digits.
    case boldSymbol

    /// The font commands that take an argument.
    static let commands: [String: MathFont] = [
        "mathrm": .upright, "mathup": .upright, "mathbf": .bold, "mathit": .italic,
        "mathbfit": .boldItalic, "mathcal": .script, "mathscr": .script, "mathbfcal": .boldScript,
        "mathfrak": .fraktur, "mathbffrak": .boldFraktur, "mathbb": .doubleStruck,
        "mathsf": .sansSerif, "mathbfsf": .sansSerifBold, "mathsfit": .sansSerifItalic,
        "mathtt": .monospace, "boldsymbol": .boldSymbol, "bm": .boldSymbol, "pmb": .boldSymbol,
        "mathnormal": .italic,
    ]

    /// The old font switches that change the font to the end of the group (`{\bf x}`).
    static let switches: [String: MathFont] = [
        "rm": .upright, "bf": .bold, "it": .italic, "cal": .script, "sf": .sansSerif,
        "tt": .monospace, "mit": .italic, "frak": .fraktur, "Bbb": .doubleStruck, "bold": .bold,
    ]

    /// Upright alphabets keep a run of letters together as one identifier (`\mathrm{SOL}`).
    var groupsLetters: Bool {
        switch self {
        case .upright, .sansSerif, .monospace: true
        case .bold, .italic, .boldItalic, .script, .boldScript, .fraktur, .boldFraktur, .doubleStruck,
             .sansSerifBold, .sansSerifItalic, .sansSerifBoldItalic, .boldSymbol: false
        }
    }

    /// The character in this alphabet, or nil when the alphabet has none for it.
    func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value >= 0x41 && value <= 0x5A { return latin(value - 0x41, capital: true) }
        if value >= 0x61 && value <= 0x7A { return latin(value - 0x61, capital: false) }
        if value >= 0x30 && value <= 0x39 { return digit(value - 0x30) }
        if let index = MathFont.greekIndex(scalar) { return greek(index) }
        return nil
    }

    private func latin(_ offset: UInt32, capital: Bool) -> Unicode.Scalar? {
        let letter = Character(Unicode.Scalar((capital ? 0x41 : 0x61) + offset)!)
        let start: UInt32
        switch self {
        case .upright: return nil
        case .bold: start = 0x1D400
        case .italic:
            if letter == "h" { return "\u{210E}" }
            start = 0x1D434
        case .boldItalic, .boldSymbol: start = 0x1D468
        case .script:
            if let hole = MathFont.scriptHoles[letter] { return hole }
            start = 0x1D49C
        case .boldScript: start = 0x1D4D0
        case .fraktur:
            if let hole = MathFont.frakturHoles[letter] { return hole }
            start = 0x1D504
        case .doubleStruck:
            if let hole = MathFont.doubleStruckHoles[letter] { return hole }
            start = 0x1D538
        case .boldFraktur: start = 0x1D56C
        case .sansSerif: start = 0x1D5A0
        case .sansSerifBold: start = 0x1D5D4
        case .sansSerifItalic: start = 0x1D608
        case .sansSerifBoldItalic: start = 0x1D63C
        case .monospace: start = 0x1D670
        }
        return Unicode.Scalar(start + (capital ? 0 : 26) + offset)
    }

    private func digit(_ offset: UInt32) -> Unicode.Scalar? {
        let start: UInt32
        switch self {
        case .bold, .boldSymbol, .boldItalic, .boldScript, .boldFraktur: start = 0x1D7CE
        case .doubleStruck: start = 0x1D7D8
        case .sansSerif, .sansSerifItalic: start = 0x1D7E2
        case .sansSerifBold, .sansSerifBoldItalic: start = 0x1D7EC
        case .monospace: start = 0x1D7F6
        case .upright, .italic, .script, .fraktur: return nil
        }
        return Unicode.Scalar(start + offset)
    }

    /// Greek letters come in five of the alphabets, 58 characters each.
    private func greek(_ index: UInt32) -> Unicode.Scalar? {
        let start: UInt32
        switch self {
        case .bold: start = 0x1D6A8
        case .italic: start = 0x1D6E2
        case .boldItalic: start = 0x1D71C
        case .boldSymbol: start = index < 25 ? 0x1D6A8 : 0x1D71C
        case .sansSerifBold: start = 0x1D756
        case .sansSerifBoldItalic: start = 0x1D790
        case .upright, .script, .boldScript, .fraktur, .boldFraktur, .doubleStruck, .sansSerif,
             .sansSerifItalic, .monospace: return nil
        }
        return Unicode.Scalar(start + index)
    }

    /// A Greek letter's place in the mathematical Greek alphabets: capitals, nabla,
    /// small letters, then the partial sign and the variant letters.
    private static func greekIndex(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x391...0x3A9 where value != 0x3A2: return value - 0x391
        case 0x3F4: return 17
        case 0x2207: return 25
        case 0x3B1...0x3C9: return 26 + value - 0x3B1
        case 0x2202: return 51
        case 0x3F5: return 52
        case 0x3D1: return 53
        case 0x3F0: return 54
        case 0x3D5: return 55
        case 0x3F1: return 56
        case 0x3D6: return 57
        default: return nil
        }
    }

    private static let scriptHoles: [Character: Unicode.Scalar] = [
        "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
        "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}", "o": "\u{2134}",
    ]

    private static let frakturHoles: [Character: Unicode.Scalar] = [
        "C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}",
    ]

    private static let doubleStruckHoles: [Character: Unicode.Scalar] = [
        "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
        "R": "\u{211D}", "Z": "\u{2124}",
    ]
}
