/// Symbols TeX treats as ordinary characters: letters-like symbols, dots, suits,
/// and the characters escaped with a backslash.
enum OrdinarySymbols {
    /// Set as italic identifiers, like letters.
    static let italic: [String: String] = [
        "ell": "ℓ", "wp": "℘", "imath": "ı", "jmath": "ȷ", "partial": "∂", "hbar": "ℏ", "hslash": "ℏ",
    ]

    /// Set upright.
    static let upright: [String: String] = [
        "infty": "∞", "nabla": "∇", "forall": "∀", "exists": "∃", "nexists": "∄", "emptyset": "∅",
        "varnothing": "∅", "neg": "¬", "lnot": "¬", "top": "⊤", "bot": "⊥", "angle": "∠",
        "measuredangle": "∡", "sphericalangle": "∢", "triangle": "△", "vartriangle": "△",
        "triangledown": "▽", "square": "□", "Box": "□", "blacksquare": "■", "Diamond": "◊",
        "lozenge": "◊", "blacklozenge": "⧫", "blacktriangle": "▲", "blacktriangledown": "▼",
        "aleph": "ℵ", "beth": "ℶ", "gimel": "ℷ", "daleth": "ℸ", "Re": "ℜ", "Im": "ℑ",
        "prime": "′", "backprime": "‵", "clubsuit": "♣", "diamondsuit": "♢", "heartsuit": "♡", "spadesuit": "♠",
        "flat": "♭", "natural": "♮", "sharp": "♯", "checkmark": "✓", "maltese": "✠", "S": "§",
        "P": "¶", "copyright": "©", "circledR": "®", "circledS": "Ⓢ", "mho": "℧",
        "complement": "∁", "eth": "ð", "Finv": "Ⅎ", "Game": "⅁", "surd": "√", "bigstar": "★",
        "diagup": "╱", "diagdown": "╲", "degree": "°", "pounds": "£", "yen": "¥", "euro": "€",
        "textdegree": "°", "dag": "†", "ddag": "‡", "Bbbk": "𝕜", "varclubsuit": "♧",
        "vardiamondsuit": "♦", "varheartsuit": "♥", "varspadesuit": "♤",
        "#": "#", "%": "%", "&": "&", "$": "$", "_": "_",
    ]

    /// Dots, set as operators so renderers space them as TeX does.
    static let dots: [String: String] = [
        "dots": "…", "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "iddots": "⋰",
        "dotsc": "…", "dotsb": "⋯", "dotsm": "⋯", "dotsi": "⋯", "dotso": "…",
    ]

    /// Punctuation commands.
    static let punctuation: [String: String] = [
        "colon": ":", "ldotp": ".", "cdotp": "⋅",
    ]
}
