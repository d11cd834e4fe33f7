import Foundation

/// The test data beside the package: `spec/` and `corpus/` in the `shared` folder
/// beside the package root, or in `$OCTAVO_SHARED_DIR`, read only by suites named
/// `…CorpusTests`; and the project's own fixture site, which every clone has.
///
/// Missing data is an error, never a reason to skip: a test that cannot find its
/// inputs must fail.
enum SharedFiles {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The package root, three levels above this file (`Tests/OctavoParserTests/SharedFiles.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `$OCTAVO_SHARED_DIR`, or `../shared` from the package root.
    static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["OCTAVO_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// The contents of a file under the shared folder.
    static func data(_ relativePath: String) throws -> Data {
        let url = directory.appendingPathComponent(relativePath)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw Missing(description: "cannot read shared test data \(url.path) (\(error.localizedDescription)); "
                + "put the shared folder beside the package or set OCTAVO_SHARED_DIR")
        }
    }

    /// The Markdown posts (`*.md`, `*.markdown`) of a shared folder, the corpus by default, by name.
    static func posts(in relativePath: String = "corpus/posts") throws -> [String] {
        let folder = directory.appendingPathComponent(relativePath, isDirectory: true)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw Missing(description: "cannot list \(folder.path) (\(error.localizedDescription)); "
                + "put the shared folder beside the package or set OCTAVO_SHARED_DIR")
        }
        let posts = names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        guard !posts.isEmpty else { throw Missing(description: "\(folder.path) holds no posts") }
        return posts
    }

    /// The posts of the project's fixture site (`Tests/Fixtures/site/_posts`), by file name.
    static func fixturePosts() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("Tests/Fixtures/site/_posts")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        guard !names.isEmpty else { throw Missing(description: "\(folder.path) holds no posts") }
        return names.map { folder.appendingPathComponent($0) }
    }
}
