/// The math tree between TeX and MathML: one case per presentation MathML construct
/// Octavo writes. The parser builds it; ``MathMLSerializer`` writes it.
indirect enum MathNode: Sendable, Hashable {
    /// `<mi>`: a letter, a function name or a letter-like symbol.
    case identifier(String, [MathAttribute])
    /// `<mn>`
    case number(String)
    /// `<mo>`: an operator, relation, delimiter or punctuation.
    case `operator`(String, [MathAttribute])
    /// `<mtext>`
    case text(String)
    /// `<mspace width>`
    case space(String)
    /// `<mrow>`
    case row([MathNode])
    /// `<mfrac>`; a line thickness of "0" makes a binomial's stack.
    case fraction(MathNode, MathNode, lineThickness: String?)
    /// `<msqrt>` without an index, `<mroot>` with one.
    case root(MathNode, index: MathNode?)
    /// `<msub>`, `<msup>`, `<msubsup>`, or their under/over forms.
    case scripts(MathScripts)
    /// `<mtable>`
    case table(MathTable)
    /// `<mstyle>` around its content.
    case style([MathAttribute], MathNode)
    /// `<menclose notation>`
    case enclose(String, MathNode)
    /// `<mphantom>`
    case phantom(MathNode)
    /// `<mpadded>`
    case padded([MathAttribute], MathNode)
    /// `<merror>` holding the TeX that could not be rendered.
    case error(String)
}

extension MathNode {
    /// The nodes as one: a single node as itself, others in a row.
    static func grouping(_ nodes: [MathNode]) -> MathNode {
        nodes.count == 1 ? nodes[0] : .row(nodes)
    }
}

/// An attribute of a MathML element, in the order written.
struct MathAttribute: Sendable, Hashable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A base with scripts beside it (`msub`…) or above and below it (`munder`…).
struct MathScripts: Sendable, Hashable {
    var base: MathNode
    /// The subscript, or the script below.
    var lower: MathNode?
    /// The superscript, or the script above.
    var upper: MathNode?
    /// Under and over instead of beside.
    var underOver: Bool
    /// For under/over: the over script is an accent (`mover accent="true"`).
    var accent = false
    /// For under/over: the under script is an accent (`munder accentunder="true"`).
    var accentUnder = false
}

/// An array, matrix, or alignment.
struct MathTable: Sendable, Hashable {
    /// How the cells of a column are aligned.
    enum Alignment: String, Sendable, Hashable {
        case left
        case center
        case right
    }

    struct Row: Sendable, Hashable {
        var cells: [MathNode]
        /// The equation label from `\tag`, shown at the right margin.
        var tag: MathNode?
    }

    var rows: [Row]
    /// One per column; the last repeats for columns beyond.
    var alignments: [Alignment] = [.center]
    /// Lines between columns, `none`, `solid` or `dashed`; empty for none at all.
    var columnLines: [String] = []
    /// Lines between rows.
    var rowLines: [String] = []
    /// Space between columns, e.g. `0em 2em` for align's pairs.
    var columnSpacing: String?
    var rowSpacing: String?
    /// `true` for display alignments and `\dfrac`-like contexts, `false` for small matrices.
    var displayStyle: Bool?
    /// A frame around the whole table (from outer `|` or `\hline`).
    var frame: String?
    /// Cells of right/left column pairs meet without padding (align, aligned).
    var pairedColumns = false
}
