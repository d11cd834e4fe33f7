import Foundation
import ZIPFoundation

/// A book octavo wrote, opened for reading its entries.
struct EPUBBook {
    let url: URL
    let archive: Archive

    init(_ url: URL) throws {
        self.url = url
        archive = try Archive(url: url, accessMode: .read)
    }

    /// The entries' paths, in the order they are stored.
    var paths: [String] { archive.map(\.path) }

    /// The images the book carries: those of the posts and the cover.
    var imagePaths: [String] { paths.filter { $0.hasPrefix("EPUB/media/") || $0.hasPrefix("EPUB/cover.") } }

    /// The chapters, in order.
    var chapterPaths: [String] { paths.filter { $0.hasPrefix("EPUB/chapter-") } }

    /// The bytes of the entry at `path`.
    func data(_ path: String) throws -> Data {
        guard let entry = archive[path] else { throw ExternalTool.Missing(description: "\(path) is not in \(url.path)") }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    /// The text of the entry at `path`.
    func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }
}

/// scripts/check-epub over books: EPUBCheck must report nothing, and ebooklib must
/// find every chapter and image; `counts` are ebooklib's chapter and image counts
/// by book path.
enum EPUBCheck {
    struct Outcome {
        var status: Int32
        var output: String
        var counts: [String: (chapters: Int, images: Int)]
    }

    static func run(_ books: [URL]) throws -> Outcome {
        let script = OctavoBinary.packageRoot.appendingPathComponent("scripts/check-epub").path
        let result = try ExternalTool.run(["python3", script] + books.map(\.path))
        var counts: [String: (Int, Int)] = [:]
        for line in result.output.split(separator: "\n") {
            guard let range = line.range(of: ": chapters ") else { continue }
            let numbers = line[range.upperBound...].split(separator: ",").compactMap { Int($0.split(separator: " ").last ?? "") }
            if numbers.count == 2 { counts[String(line[..<range.lowerBound])] = (numbers[0], numbers[1]) }
        }
        return Outcome(status: result.status, output: result.output, counts: counts)
    }
}
