/// TeX's spacing commands and the widths they stand for (18 mu = 1 em).
enum Spacing {
    static let commands: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em",
        "medspace": "0.2222em", ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em",
        "negthinspace": "-0.1667em", "negmedspace": "-0.2222em", "negthickspace": "-0.2778em",
        "quad": "1em", "qquad": "2em", "enspace": "0.5em", " ": "0.25em", "space": "0.25em",
        "nobreakspace": "0.25em", "enskip": "0.5em",
    ]

    /// Units a dimension (`\hspace{2em}`, `\kern3pt`) may be given in, and ems per unit.
    static let units: [String: Double] = [
        "em": 1, "ex": 0.43, "pt": 0.1, "pc": 1.2, "in": 7.227, "cm": 2.845, "mm": 0.2845,
        "bp": 0.1004, "dd": 0.107, "cc": 1.284, "sp": 0.1 / 65536, "mu": 1.0 / 18, "px": 0.075,
    ]
}
