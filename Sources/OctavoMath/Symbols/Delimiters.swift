/// What may follow `\left`, `\middle`, `\right` and `\big`: a character or a command
/// naming a delimiter; `.` stands for none.
enum Delimiters {
    static let characters: [Unicode.Scalar: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
        ".": "", "⟨": "⟨", "⟩": "⟩", "‖": "‖",
    ]

    static let commands: [String: String] = [
        "{": "{", "}": "}", "lbrace": "{", "rbrace": "}", "lbrack": "[", "rbrack": "]",
        "langle": "⟨", "rangle": "⟩", "lvert": "|", "rvert": "|", "vert": "|", "|": "‖",
        "Vert": "‖", "lVert": "‖", "rVert": "‖", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈",
        "rceil": "⌉", "backslash": "\\", "uparrow": "↑", "downarrow": "↓", "updownarrow": "↕",
        "Uparrow": "⇑", "Downarrow": "⇓", "Updownarrow": "⇕", "lgroup": "⟮", "rgroup": "⟯",
        "lmoustache": "⎰", "rmoustache": "⎱", "ulcorner": "⌜", "urcorner": "⌝",
        "llcorner": "⌞", "lrcorner": "⌟", "llbracket": "⟦", "rrbracket": "⟧",
    ]

    /// Delimiter commands that open a pair when written without `\left`.
    static let opening: Set<String> = ["lbrace", "lbrack", "langle", "lvert", "lVert", "lfloor", "lceil", "lgroup", "llbracket", "{", "ulcorner", "llcorner"]

    /// Delimiter commands that close a pair when written without `\right`.
    static let closing: Set<String> = ["rbrace", "rbrack", "rangle", "rvert", "rVert", "rfloor", "rceil", "rgroup", "rrbracket", "}", "urcorner", "lrcorner"]

    /// `\big` and friends: the size each gives its delimiter.
    static let sizes: [String: String] = [
        "big": "1.2em", "bigl": "1.2em", "bigr": "1.2em", "bigm": "1.2em",
        "Big": "1.623em", "Bigl": "1.623em", "Bigr": "1.623em", "Bigm": "1.623em",
        "bigg": "2.047em", "biggl": "2.047em", "biggr": "2.047em", "biggm": "2.047em",
        "Bigg": "2.470em", "Biggl": "2.470em", "Biggr": "2.470em", "Biggm": "2.470em",
    ]
}
