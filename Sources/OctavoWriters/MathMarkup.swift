/// How the markup writers write TeX math (`--math`).
public enum MathMarkup: String, Sendable, Hashable, CaseIterable {
    /// Presentation MathML with the TeX kept as an annotation.
    case mathml
    /// The TeX itself: `\(…\)` and `\[…\]` for MathJax in HTML, plain text in XHTML.
    case tex
}
