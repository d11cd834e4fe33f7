/// The markup a `MarkupRenderer` writes.
enum MarkupDialect {
    /// HTML as CommonMark renders it: raw HTML and attributes as written (GFM's
    /// disallowed tags escaped when the options ask for it), footnotes as a list,
    /// math as TeX for MathJax unless the options ask for MathML.
    case html
    /// The XHTML of an EPUB content document: raw HTML sanitised, only attributes XHTML
    /// takes, every identifier written once, no link inside another, refused addresses
    /// left out, footnotes as EPUB notes, math as MathML unless the options ask for TeX.
    case xhtml
}
