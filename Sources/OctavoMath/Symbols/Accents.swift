/// Accents and the marks over or under their argument: `\hat x`, `\widetilde{xy}`,
/// `\overline{z}`, `\underbrace{…}`.
enum Accents {
    struct Mark: Sendable {
        var character: String
        /// Wide accents stretch over their whole argument.
        var stretchy: Bool
        /// Below the base (`munder`) instead of above (`mover`).
        var under: Bool = false
        /// An accent sits close to its base; a brace or line is a limit-like script.
        var isAccent: Bool = true
    }

    static let commands: [String: Mark] = [
        "hat": Mark(character: "^", stretchy: false), "widehat": Mark(character: "^", stretchy: true),
        "check": Mark(character: "ˇ", stretchy: false), "widecheck": Mark(character: "ˇ", stretchy: true),
        "tilde": Mark(character: "~", stretchy: false), "widetilde": Mark(character: "~", stretchy: true),
        "acute": Mark(character: "´", stretchy: false), "grave": Mark(character: "`", stretchy: false),
        "dot": Mark(character: "˙", stretchy: false), "ddot": Mark(character: "¨", stretchy: false),
        "dddot": Mark(character: "⃛", stretchy: false), "ddddot": Mark(character: "⃜", stretchy: false),
        "breve": Mark(character: "˘", stretchy: false), "bar": Mark(character: "¯", stretchy: false),
        "vec": Mark(character: "→", stretchy: false), "mathring": Mark(character: "˚", stretchy: false),
        "overline": Mark(character: "‾", stretchy: true),
        "overrightarrow": Mark(character: "→", stretchy: true),
        "overleftarrow": Mark(character: "←", stretchy: true),
        "overleftrightarrow": Mark(character: "↔", stretchy: true),
        "overbrace": Mark(character: "⏞", stretchy: true, isAccent: false),
        "overparen": Mark(character: "⏜", stretchy: true, isAccent: false),
        "overbracket": Mark(character: "⎴", stretchy: true, isAccent: false),
        "underline": Mark(character: "‾", stretchy: true, under: true),
        "underrightarrow": Mark(character: "→", stretchy: true, under: true),
        "underleftarrow": Mark(character: "←", stretchy: true, under: true),
        "underleftrightarrow": Mark(character: "↔", stretchy: true, under: true),
        "underbrace": Mark(character: "⏟", stretchy: true, under: true, isAccent: false),
        "underparen": Mark(character: "⏝", stretchy: true, under: true, isAccent: false),
        "underbracket": Mark(character: "⎵", stretchy: true, under: true, isAccent: false),
    ]
}
