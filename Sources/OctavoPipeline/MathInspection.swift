import OctavoMath
import OctavoModel

/// What `octavo inspect --math` checks in one post: every formula converted to MathML,
/// with the problems of those that did not convert cleanly, located in the source.
public struct MathInspection: Sendable {
    /// One formula and its conversion.
    public struct Formula: Sendable, Hashable {
        /// The TeX between the `$$` delimiters.
        public var tex: String
        /// Whether it stands in a line of text or on its own.
        public var display: MathDisplay
        /// Where the TeX starts; the start of its block when it cannot be found in the source.
        public var position: SourcePosition
        /// Written inside a raw HTML block, where kramdown leaves `$$…$$` as text (for
        /// MathJax to find in the page) instead of making it a math node.
        public var inRawHTML: Bool
        /// The MathML and the problems met.
        public var conversion: MathMLConversion
        /// The positions of the conversion's problems, in the same order.
        public var problemPositions: [SourcePosition]

        /// Converted with neither a problem nor an `<merror>` in the markup.
        public var isClean: Bool {
            conversion.problems.isEmpty && !conversion.markup.contains("<merror>")
        }
    }

    /// The post's path, which messages name.
    public let path: String
    /// The post's formulas in source order.
    public let formulas: [Formula]

    /// Converts the formulas of `document`, which was parsed from `source`.
    public init(path: String, document: Document, source: [UInt8]) {
        self.path = path
        let locator = FormulaLocator(bytes: source)
        var formulas: [Formula] = []
        Inspection(path: path, document: document).walk { block, _ in
            var found: [(tex: String, display: MathDisplay, inRawHTML: Bool)] = []
            switch block.kind {
            case .math(let tex):
                found.append((tex, .block, false))
            case .html(let html):
                found += MathInspection.displayMath(inHTML: html).map { ($0, .block, true) }
            case .paragraph, .heading, .table, .definitionList, .thematicBreak, .blockQuote, .list, .codeBlock,
                 .footnoteDefinition, .tableOfContents:
                break
            }
            for inlines in Inspection.inlineRuns(of: block) {
                inlines.forEachInline { inline in
                    if case .math(let tex) = inline { found.append((tex, .inline, false)) }
                }
            }
            var cursor = locator.offset(of: block.range.start)
            for formula in found {
                let tex = Array(formula.tex.utf8)
                let start = locator.find(tex, from: cursor)
                if let start { cursor = start + tex.prefix { $0 != 0x0A }.count }
                let conversion = TeXToMathML.convert(formula.tex, display: formula.display)
                let positions = conversion.problems.map { problem in
                    start.map { locator.position(ofOffset: locator.sourceOffset(of: problem.offset, in: tex, startingAt: $0)) } ?? block.range.start
                }
                formulas.append(Formula(
                    tex: formula.tex, display: formula.display,
                    position: start.map(locator.position(ofOffset:)) ?? block.range.start,
                    inRawHTML: formula.inRawHTML, conversion: conversion, problemPositions: positions))
            }
        }
        self.formulas = formulas
    }

    /// One `path:line:column: warning: message in $$…$$` per problem, and one per formula
    /// whose markup holds an `<merror>` without a problem to explain it.
    public var warnings: [Diagnostic] {
        var warnings: [Diagnostic] = []
        for formula in formulas where !formula.isClean {
            let shown = " in $$" + String(formula.tex.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) + "$$"
            for (problem, position) in zip(formula.conversion.problems, formula.problemPositions) {
                warnings.append(Diagnostic(.warning, path: path, position: position, message: problem.message + shown))
            }
            if formula.conversion.problems.isEmpty {
                warnings.append(Diagnostic(.warning, path: path, position: formula.position, message: "MathML holds an <merror>" + shown))
            }
        }
        return warnings
    }

    /// The `$$…$$` spans of raw HTML text, in order; an unpaired `$$` ends the search.
    static func displayMath(inHTML html: String) -> [String] {
        var spans: [String] = []
        var rest = Substring(html)
        while let open = rest.firstRange(of: "$$") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "$$") else { break }
            let tex = afterOpen[..<close.lowerBound].trimmingTeXSpace
            if !tex.isEmpty { spans.append(tex) }
            rest = afterOpen[close.upperBound...]
        }
        return spans
    }
}

extension Substring {
    /// Without TeX's white space (space, tab, line breaks) at either end.
    fileprivate var trimmingTeXSpace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return String(drop(while: isSpace).reversed().drop(while: isSpace).reversed())
    }
}
