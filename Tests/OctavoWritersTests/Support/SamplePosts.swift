import Foundation
import OctavoModel
import OctavoParser

/// Posts parsed as Jekyll posts with their reading lists: the package's `samples/` and
/// fixture site, and the shared seed and corpus beside the package (or in
/// `$OCTAVO_SHARED_DIR`), which only suites named `…CorpusTests` read.
enum SamplePosts {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = packageRoot.appendingPathComponent("samples")

    /// The shared test data; missing data fails the test that needs it.
    static var shared: URL {
        if let override = ProcessInfo.processInfo.environment["OCTAVO_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    static func documents() throws -> [Document] {
        try documents(in: folder, named: "samples")
    }

    /// The posts of the project's fixture site.
    static func fixtureDocuments() throws -> [Document] {
        try documents(in: packageRoot.appendingPathComponent("Tests/Fixtures/site/_posts"), named: "_posts")
    }

    /// The posts of the shared seed and corpus.
    static func sharedDocuments() throws -> [Document] {
        try documents(in: shared.appendingPathComponent("seed"), named: "seed")
            + documents(in: shared.appendingPathComponent("corpus/posts"), named: "corpus/posts")
    }

    /// Every `*.md` and `*.markdown` in `folder`, by name, with paths starting with `name`.
    static func documents(in folder: URL, named name: String) throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        guard !names.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path]) }
        return try names.map { file in
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
            var document = try JekyllReader().read(Source(path: name + "/" + file, bytes: bytes), usesFileName: true)
            document.readingList = ReadingListExtractor().extract(from: document)
            return document
        }
    }
}
