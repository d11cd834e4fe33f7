import OctavoModel

/// Where `--output-dir` puts each post's output, and which outputs it refuses.
///
/// A post keeps its place below the folder named on the command line (a file named on
/// its own, or standard input, goes directly into the output folder) and is named by
/// its slug, else by its input's base name, with the format's extension. The first
/// input to claim a path keeps it; a later post with the same slug (two posts named
/// `notes` on different dates, both of which Jekyll publishes) is named by its input's
/// base name instead (`2020-05-05-notes`), and only when that is taken too is it an
/// error naming both. A path that is, or links to, one of the inputs is refused.
public struct OutputLayout: Sendable {
    /// The output folder.
    public let folder: String
    private let inputsByIdentity: [FileIdentity: String]
    private var claims: [String: String] = [:]

    /// Outputs go below `folder`; none may overwrite any of `inputs`.
    public init(folder: String, inputs: [Input]) {
        self.folder = folder
        var inputsByIdentity: [FileIdentity: String] = [:]
        for input in inputs where !input.isStandardInput {
            if let identity = FileIdentity(fileAt: input.path), inputsByIdentity[identity] == nil {
                inputsByIdentity[identity] = input.path
            }
        }
        self.inputsByIdentity = inputsByIdentity
    }

    /// The path of `input`'s output in the format with `fileExtension`, given the
    /// post's `slug`; claims it for `input`.
    public mutating func claim(_ input: Input, slug: String?, fileExtension: String) throws(Diagnostic) -> String {
        var path = Self.path(in: folder, layoutFolder: input.layoutFolder,
                             name: Self.name(slug: slug, inputPath: input.path) + "." + fileExtension)
        if let owner = claims[path] {
            let byFileName = Self.path(in: folder, layoutFolder: input.layoutFolder,
                                       name: Self.name(slug: nil, inputPath: input.path) + "." + fileExtension)
            guard claims[byFileName] == nil else { throw error(input, "output \(path) is already written from \(owner)") }
            path = byFileName
        }
        if let identity = FileIdentity(fileAt: path), let overwritten = inputsByIdentity[identity] {
            throw error(input, "output \(path) is the input \(overwritten); not overwritten")
        }
        claims[path] = input.path
        return path
    }

    /// The slug when it makes a plain file name, else the input's base name without extension.
    static func name(slug: String?, inputPath: String) -> String {
        if let slug, !slug.isEmpty, !slug.contains("/"), !slug.hasPrefix("."), slug.utf8.allSatisfy({ $0 >= 0x20 }) {
            return slug
        }
        let base = inputPath.split(separator: "/").last.map(String.init) ?? inputPath
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    private static func path(in folder: String, layoutFolder: String, name: String) -> String {
        var path = folder
        for part in [layoutFolder, name] where !part.isEmpty {
            path += path.isEmpty || path.hasSuffix("/") ? part : "/" + part
        }
        return path
    }

    private func error(_ input: Input, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: input.path, position: SourcePosition(line: 1, column: 1), message: message)
    }
}
