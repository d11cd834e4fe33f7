/// Collects the atoms of one row, adding the thin spaces TeX puts between a function name
/// and the ordinary atoms beside it (`2\log x`), which MathML renderers do not add.
struct RowBuilder {
    private(set) var nodes: [MathNode] = []
    private var lastKind: Atom.Kind?

    mutating func append(_ atom: Atom) {
        if let lastKind, RowBuilder.thinSpaceBetween(lastKind, atom.kind) {
            nodes.append(.space("0.1667em"))
        }
        nodes.append(atom.node)
        if atom.appliesFunction { nodes.append(.operator("\u{2061}", [])) }
        lastKind = atom.kind
    }

    mutating func append(contentsOf atoms: [MathNode]) {
        nodes.append(contentsOf: atoms)
        lastKind = .ordinary
    }

    /// Starts over, handing back what was collected (for `\over`).
    mutating func take() -> [MathNode] {
        defer {
            nodes = []
            lastKind = nil
        }
        return nodes
    }

    private static func thinSpaceBetween(_ left: Atom.Kind, _ right: Atom.Kind) -> Bool {
        switch (left, right) {
        case (.operatorName, .ordinary), (.operatorName, .operatorName), (.operatorName, .largeOperator),
             (.ordinary, .operatorName), (.close, .operatorName):
            true
        default:
            false
        }
    }
}
