import Foundation

/// A copy of the shared corpus posts in a workspace, so that runs may write beside them.
enum CorpusCopy {
    /// `$OCTAVO_SHARED_DIR`, or `../shared` from the package root.
    static var sharedFolder: URL {
        if let override = ProcessInfo.processInfo.environment["OCTAVO_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return OctavoBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// Copies `corpus/posts` to `posts` in `workspace`; a missing corpus is an error.
    static func posts(into workspace: Workspace) throws {
        let source = sharedFolder.appendingPathComponent("corpus/posts")
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path)
        guard names.contains(where: { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }) else {
            throw ExternalTool.Missing(description: "no posts in \(source.path)")
        }
        try FileManager.default.copyItem(at: source, to: workspace.url.appendingPathComponent("posts"))
    }
}
