/// Whether a formula stands in a line of text or on its own.
public enum MathDisplay: Sendable, Hashable {
    /// Math inside a paragraph: `<math display="inline">`, limits beside big operators.
    case inline
    /// Display math: `<math display="block">`, limits above and below big operators.
    case block
}
