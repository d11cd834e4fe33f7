/// Function names TeX sets upright (`\sin`, `\log`, …); those in `withLimits` take their
/// subscripts below in display math (`\lim_{x\to 0}`), the others beside.
enum NamedFunctions {
    static let plain: [String: String] = [
        "sin": "sin", "cos": "cos", "tan": "tan", "cot": "cot", "sec": "sec", "csc": "csc",
        "arcsin": "arcsin", "arccos": "arccos", "arctan": "arctan", "sinh": "sinh", "cosh": "cosh",
        "tanh": "tanh", "coth": "coth", "sech": "sech", "csch": "csch", "log": "log", "ln": "ln",
        "lg": "lg", "exp": "exp", "ker": "ker", "dim": "dim", "hom": "hom", "deg": "deg",
        "arg": "arg", "cosec": "cosec", "cotg": "cotg", "tg": "tg", "ctg": "ctg", "sgn": "sgn",
        "arccot": "arccot", "arcsec": "arcsec", "arccsc": "arccsc",
    ]

    static let withLimits: [String: String] = [
        "lim": "lim", "limsup": "lim sup", "liminf": "lim inf", "max": "max", "min": "min",
        "sup": "sup", "inf": "inf", "det": "det", "gcd": "gcd", "Pr": "Pr", "injlim": "inj lim",
        "projlim": "proj lim",
    ]
}
