/// An `array` column specification (`{c:ccc|l}`, `{*{3}{c}|r}`, `{@{}lr@{}}`): the
/// alignment of each column and the lines between them.
struct ColumnSpecification: Sendable, Hashable {
    var alignments: [MathTable.Alignment] = []
    /// The line after each column: `none`, `solid` or `dashed`.
    var linesAfter: [String] = []
    /// A line before the first column.
    var leadingLine: String?
    /// Characters that are not part of a specification.
    var unknown: [Unicode.Scalar] = []

    /// More columns than this are not made by `*{n}{…}`, and repetitions are not
    /// expanded beyond `maximumSteps` characters read or `maximumNesting` levels.
    static let maximumColumns = 1000
    static let maximumSteps = 100_000
    static let maximumNesting = 8
    private var steps = 0

    init(_ text: String) {
        read(Array(text.unicodeScalars), repetitions: 1, nesting: 0)
    }

    private mutating func read(_ scalars: [Unicode.Scalar], repetitions: Int, nesting: Int) {
        guard nesting <= ColumnSpecification.maximumNesting else { return }
        for _ in 0..<repetitions {
            var index = 0
            while index < scalars.count, steps < ColumnSpecification.maximumSteps {
                steps += 1
                let scalar = scalars[index]
                index += 1
                switch scalar {
                case "l": column(.left)
                case "c": column(.center)
                case "r": column(.right)
                case "p", "m", "b", "X":
                    column(.left)
                    _ = ColumnSpecification.group(scalars, &index)
                case "|": line("solid")
                case ":": line("dashed")
                case "@", "!", ">", "<":
                    _ = ColumnSpecification.group(scalars, &index)
                case "*":
                    let count = Int(String(String.UnicodeScalarView(ColumnSpecification.group(scalars, &index)))) ?? 0
                    let body = ColumnSpecification.group(scalars, &index)
                    let room = (ColumnSpecification.maximumColumns - alignments.count) / max(body.count, 1)
                    read(body, repetitions: max(0, min(count, room)), nesting: nesting + 1)
                case " ", "\t", "\n", "\r":
                    break
                default:
                    unknown.append(scalar)
                }
            }
        }
    }

    private mutating func column(_ alignment: MathTable.Alignment) {
        guard alignments.count < ColumnSpecification.maximumColumns else { return }
        alignments.append(alignment)
        linesAfter.append("none")
    }

    private mutating func line(_ style: String) {
        if linesAfter.isEmpty {
            leadingLine = style
        } else {
            linesAfter[linesAfter.count - 1] = style
        }
    }

    /// The text of the `{…}` group at `index`, or the single character there.
    private static func group(_ scalars: [Unicode.Scalar], _ index: inout Int) -> [Unicode.Scalar] {
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count else { return [] }
        guard scalars[index] == "{" else {
            index += 1
            return [scalars[index - 1]]
        }
        let (content, next) = BalancedBraces.group(in: scalars, openingAt: index)
        index = next
        return Array(scalars[content])
    }
}
