/// The MathML of one formula and what could not be rendered in it.
public struct MathMLConversion: Sendable, Hashable {
    /// One `<math xmlns="http://www.w3.org/1998/Math/MathML" …>` element, well-formed XML,
    /// with the TeX kept in an `application/x-tex` annotation.
    public var markup: String
    /// Empty when the whole formula converted.
    public var problems: [MathProblem]

    public init(markup: String, problems: [MathProblem]) {
        self.markup = markup
        self.problems = problems
    }
}
