import Foundation
import OctavoModel
import OctavoParser

/// Shared posts parsed as the gfm reader will once front matter is read:
/// the front matter is skipped, the reading list extracted.
enum Posts {
    /// A post's text and its document.
    struct Parsed {
        var text: String
        /// The 1-based number of the first line after the front matter.
        var firstBodyLine: Int
        var document: Document
    }

    static func parse(_ relativePath: String) throws -> Parsed {
        let bytes = [UInt8](try SharedFiles.data(relativePath))
        let text = String(decoding: bytes, as: UTF8.self)
        let (offset, firstLine) = bodyStart(of: text)
        var document = MarkdownParser(dialect: .gfm).parse(Source(path: relativePath, bytes: bytes), from: offset)
        document.readingList = ReadingListExtractor().extract(from: document)
        return Parsed(text: text, firstBodyLine: firstLine, document: document)
    }

    /// The byte offset and line number just after a front matter block, or the start.
    static func bodyStart(of text: String) -> (offset: Int, line: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else { return (0, 1) }
        var offset = lines[0].utf8.count + 1
        for (index, line) in lines.enumerated().dropFirst() {
            offset += line.utf8.count + 1
            if line.trimmingCharacters(in: .whitespaces) == "---" { return (offset, index + 2) }
        }
        return (0, 1)
    }
}
