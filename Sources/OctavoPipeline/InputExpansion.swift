#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns command-line arguments into inputs: a folder stands for the posts in it.
///
/// Folders are walked for `*.md` and `*.markdown` files in byte order of their names,
/// depth first, so the same tree always gives the same order. Hidden entries, `_site`
/// (Jekyll's output) and `_drafts` (unless drafts are wanted) are skipped; a folder
/// reached twice through links is walked once. Anything that is not a folder is an
/// input as given, so a missing file is reported when it is read.
public struct InputExpansion: Sendable {
    /// Whether `_drafts` folders are walked too.
    public var includesDrafts: Bool
    /// The path messages and dates use for standard input, if not `<stdin>`.
    public var standardInputName: String?

    public init(includesDrafts: Bool = false, standardInputName: String? = nil) {
        self.includesDrafts = includesDrafts
        self.standardInputName = standardInputName
    }

    /// The inputs `arguments` name; none means standard input.
    public func inputs(_ arguments: [String]) -> [Input] {
        if arguments.isEmpty { return [standardInput] }
        var inputs: [Input] = []
        var visited = Set<FileIdentity>()
        for argument in arguments {
            if argument == "-" {
                inputs.append(standardInput)
            } else if let identity = FileIdentity(folderAt: argument) {
                walk(argument, layoutFolder: "", identity: identity, into: &inputs, visited: &visited)
            } else {
                inputs.append(Input(argument: argument))
            }
        }
        return inputs
    }

    private var standardInput: Input {
        standardInputName.map(Input.init(standardInputNamed:)) ?? .standardInput
    }

    private func walk(_ folder: String, layoutFolder: String, identity: FileIdentity, into inputs: inout [Input], visited: inout Set<FileIdentity>) {
        guard visited.insert(identity).inserted else { return }
        for name in Self.entries(of: folder) where !isSkipped(name) {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if let child = FileIdentity(folderAt: path) {
                let childLayout = layoutFolder.isEmpty ? name : layoutFolder + "/" + name
                walk(path, layoutFolder: childLayout, identity: child, into: &inputs, visited: &visited)
            } else if name.hasSuffix(".md") || name.hasSuffix(".markdown") {
                inputs.append(Input(path: path, layoutFolder: layoutFolder))
            }
        }
    }

    private func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "_site" || (name == "_drafts" && !includesDrafts)
    }

    /// The names in `folder`, sorted by their bytes; empty if it cannot be read.
    private static func entries(of folder: String) -> [String] {
        (System.entryNames(of: folder) ?? []).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
