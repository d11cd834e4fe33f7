/// Converts TeX math, as blog posts write it for MathJax, to presentation MathML 3.
///
/// Conversion never fails: an unknown command or malformed TeX becomes an `<merror>`
/// (or is left out) where it stands, with a ``MathProblem`` naming it, and the rest of
/// the formula still renders. Time is linear in the input and nesting is bounded, so
/// no input can exhaust the stack.
public enum TeXToMathML {
    /// The `<math>` element for `tex` (the text between the `$$` delimiters).
    public static func convert(_ tex: String, display: MathDisplay) -> MathMLConversion {
        var parser = MathParser(tokens: TeXTokenizer.tokens(of: tex), source: Array(tex.utf8))
        let formula = parser.parseFormula(display: display)
        let markup = MathMLSerializer.document(formula, tex: tex, display: display)
        return MathMLConversion(markup: markup, problems: parser.problems)
    }
}
