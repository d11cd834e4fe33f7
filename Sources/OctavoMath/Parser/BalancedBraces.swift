/// Finds the end of a `{…}` group in characters, counting the braces inside.
enum BalancedBraces {
    /// The group that opens at `index`: the range of its content and the index after its
    /// `}`, or the end of `scalars` when it is never closed.
    static func group(in scalars: [Unicode.Scalar], openingAt index: Int) -> (content: Range<Int>, next: Int) {
        var level = 0
        var position = index
        while position < scalars.count {
            if scalars[position] == "{" { level += 1 }
            if scalars[position] == "}" {
                level -= 1
                if level == 0 { return ((index + 1)..<position, position + 1) }
            }
            position += 1
        }
        return ((index + 1)..<max(index + 1, scalars.count), scalars.count)
    }
}
