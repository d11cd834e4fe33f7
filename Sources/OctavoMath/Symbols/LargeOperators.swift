/// TeX's big operators. Sums and products take limits above and below in display math;
/// integrals keep them at the side unless `\limits` says otherwise.
enum LargeOperators {
    static let withLimits: [String: String] = [
        "sum": "∑", "prod": "∏", "coprod": "∐", "bigcup": "⋃", "bigcap": "⋂", "bigvee": "⋁",
        "bigwedge": "⋀", "bigoplus": "⨁", "bigotimes": "⨂", "bigodot": "⨀", "biguplus": "⨄",
        "bigsqcup": "⨆",
    ]

    static let integrals: [String: String] = [
        "int": "∫", "intop": "∫", "smallint": "∫", "iint": "∬", "iiint": "∭", "iiiint": "⨌",
        "oint": "∮", "oiint": "∯", "oiiint": "∰", "intclockwise": "∱", "ointctrclockwise": "∳",
    ]
}
