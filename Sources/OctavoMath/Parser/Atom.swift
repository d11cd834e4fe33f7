/// A parsed piece of a formula and the TeX class that decides its scripts and spacing.
struct Atom: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case ordinary
        /// A big operator (`\sum`, `\int`) or `\mathop`.
        case largeOperator
        /// A function name (`\sin`, `\lim`, `\operatorname`): a thin space sets it off from
        /// the ordinary atoms beside it, as TeX does.
        case operatorName
        case binary
        case relation
        case open
        case close
        case punctuation
    }

    /// Where subscripts and superscripts go.
    enum Limits: Sendable, Hashable {
        /// Beside the base (`msub`, `msup`).
        case beside
        /// Below and above (`munder`, `mover`); the base is an operator with
        /// `movablelimits`, so inline math puts them beside after all.
        case movable
        /// Always below and above (`\overbrace`, `\limits`).
        case always
    }

    var node: MathNode
    var kind: Kind = .ordinary
    var limits: Limits = .beside
    /// A named function is followed by U+2061 FUNCTION APPLICATION once its scripts are attached.
    var appliesFunction = false
}
