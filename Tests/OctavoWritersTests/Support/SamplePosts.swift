import Foundation
import OctavoModel
import OctavoParser

/// The posts in the package's `samples/` folder, parsed as Jekyll posts with their reading lists.
enum SamplePosts {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    static func documents() throws -> [Document] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            var document = try JekyllReader().read(Source(path: "samples/" + name, bytes: bytes), usesFileName: true)
            document.readingList = ReadingListExtractor().extract(from: document)
            return document
        }
    }
}
