/// The text of a make rule saying that an output depends on the files read to make it
/// (`--depfile`), for `-include` in a Makefile.
///
/// The rule is `OUTPUT: INPUT1 INPUT2 …`, followed by an empty rule per input so that
/// make does not stop when a post is deleted. Paths are escaped for make: a space or
/// `#` gets a backslash, and `$` is doubled.
public struct Depfile: Sendable, Equatable {
    public let target: String
    public let prerequisites: [String]

    public init(target: String, prerequisites: [String]) {
        self.target = target
        self.prerequisites = prerequisites
    }

    /// The files `inputs` read, then `otherFiles` (such as a book's images), in order
    /// and once each; standard input has no file.
    public init(target: String, inputs: [Input], otherFiles: [String] = []) {
        var seen = Set<String>()
        let paths = inputs.filter { !$0.isStandardInput }.map(\.path) + otherFiles
        self.init(target: target, prerequisites: paths.filter { seen.insert($0).inserted })
    }

    /// The rule, ending with a line feed.
    public var text: String {
        var text = Self.escape(target) + ":"
        for path in prerequisites { text += " " + Self.escape(path) }
        text += "\n"
        for path in prerequisites { text += "\n" + Self.escape(path) + ":\n" }
        return text
    }

    /// `path` as make reads it in a rule.
    static func escape(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case " ", "#": escaped += "\\" + String(character)
            case "$": escaped += "$$"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
