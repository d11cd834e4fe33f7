/// TeX's binary operators (`\times`, `\oplus`, …) and the characters they stand for.
enum BinaryOperators {
    static let commands: [String: String] = [
        "pm": "±", "mp": "∓", "times": "×", "div": "÷", "cdot": "⋅", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "oplus": "⊕", "ominus": "⊖", "otimes": "⊗", "oslash": "⊘",
        "odot": "⊙", "cap": "∩", "cup": "∪", "sqcap": "⊓", "sqcup": "⊔", "vee": "∨", "lor": "∨",
        "wedge": "∧", "land": "∧", "setminus": "∖", "smallsetminus": "∖", "wr": "≀", "diamond": "⋄",
        "bigtriangleup": "△", "bigtriangledown": "▽", "triangleleft": "◃", "triangleright": "▹",
        "lhd": "⊲", "rhd": "⊳", "unlhd": "⊴", "unrhd": "⊵", "uplus": "⊎", "amalg": "⨿",
        "dagger": "†", "ddagger": "‡", "barwedge": "⌅", "veebar": "⊻", "dotplus": "∔",
        "ltimes": "⋉", "rtimes": "⋊", "leftthreetimes": "⋋", "rightthreetimes": "⋌",
        "curlywedge": "⋏", "curlyvee": "⋎", "circleddash": "⊝", "circledast": "⊛",
        "circledcirc": "⊚", "boxplus": "⊞", "boxminus": "⊟", "boxtimes": "⊠", "boxdot": "⊡",
        "divideontimes": "⋇", "intercal": "⊺", "centerdot": "⋅", "doublebarwedge": "⩞",
        "Cap": "⋒", "Cup": "⋓", "gtrdot": "⋗", "lessdot": "⋖", "bmod": "mod",
    ]
}
