import OctavoModel
import OctavoWriters

/// The text of a make rule saying that an output depends on the files read to make it
/// (`--depfile`), for `-include` in a Makefile.
///
/// The rule is `OUTPUT: INPUT1 INPUT2 …` (several outputs, such as the volumes of a
/// book, stand together before the colon), followed by an empty rule per input so that
/// make does not stop when a post is deleted. Paths are escaped for make: a space or
/// `#` gets a backslash, and `$` is doubled.
public struct Depfile: Sendable, Equatable {
    public let targets: [String]
    public let prerequisites: [String]

    public init(targets: [String], prerequisites: [String]) {
        self.targets = targets
        self.prerequisites = prerequisites
    }

    /// The files `inputs` read, then `otherFiles` (such as a book's images), in order
    /// and once each; standard input has no file.
    public init(targets: [String], inputs: [Input], otherFiles: [String] = []) {
        var seen = Set<String>()
        let paths = inputs.filter { !$0.isStandardInput }.map(\.path) + otherFiles
        self.init(targets: targets, prerequisites: paths.filter { seen.insert($0).inserted })
    }

    /// The rule, ending with a line feed.
    public var text: String {
        var text = targets.map(Self.escape).joined(separator: " ") + ":"
        for path in prerequisites { text += " " + Self.escape(path) }
        text += "\n"
        for path in prerequisites { text += "\n" + Self.escape(path) + ":\n" }
        return text
    }

    /// Writes the rule to the file at `path`, replacing it atomically.
    public func write(to path: String) throws(Diagnostic) {
        try AtomicFile.write(RenderedBytes(Array(text.utf8)), to: path)
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
