import Foundation
import OctavoModel
import OctavoParser
import Testing

/// On every corpus post, each line that is only an http(s) URL yields exactly one bookmark.
///
/// The lines are counted in the raw text, independently of the extractor: after the
/// front matter, outside code blocks and raw HTML blocks (whose lines the parser
/// reports), with block-quote and list markers stripped, a line counts when it is
/// one `http://` or `https://` URL, bare or in `<…>`. In a table row (the parser
/// reports the table's lines) each cell that is one URL counts.
@Suite struct BookmarkCountCorpusTests {
    @Test(arguments: try SharedFiles.posts())
    func everyURLLineIsOneBookmark(_ name: String) throws {
        let post = try Posts.parse("corpus/posts/\(name)")
        let (literalLines, tableLines) = Self.specialLines(in: post.document.blocks)
        var urlLines: [Int] = []
        for (index, line) in post.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            guard number >= post.firstBodyLine, !literalLines.contains(number) else { continue }
            if tableLines.contains(number) {
                let cells = line.split(separator: "|").filter { Self.isURLOnly(String($0)) }
                urlLines.append(contentsOf: repeatElement(number, count: cells.count))
            } else if Self.isURLOnly(String(line)) {
                urlLines.append(number)
            }
        }
        let bookmarkLines = post.document.readingList.bookmarks.map(\.line)
        #expect(bookmarkLines.count == urlLines.count, "\(name): \(urlLines.count) URL lines, \(bookmarkLines.count) bookmarks")
        #expect(bookmarkLines.sorted() == urlLines, "\(name): the bookmarks are not on the URL lines")
    }

    @Test func theCorpusHasURLLines() throws {
        #expect(Self.isURLOnly("> - https://example.com/a_b"))
        #expect(Self.isURLOnly("<https://example.com>"))
        #expect(!Self.isURLOnly("see https://example.com"))
        #expect(!Self.isURLOnly("ftp://example.com"))
        let post = try Posts.parse("corpus/posts/2017-9-2-DL_resource_2.markdown")
        #expect(post.document.readingList.bookmarks.count > 50)
    }

    /// True when `line`, without container markers, is one http(s) URL.
    static func isURLOnly(_ line: String) -> Bool {
        var rest = Substring(line).drop(while: \.isWhitespace)
        while true {
            if rest.hasPrefix(">") {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
            } else if let first = rest.first, "-*+".contains(first), rest.dropFirst().first?.isWhitespace == true {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
            } else if let marker = orderedMarkerLength(rest) {
                rest = rest.dropFirst(marker).drop(while: \.isWhitespace)
            } else {
                break
            }
        }
        var url = String(rest).trimmingCharacters(in: .whitespaces)
        if url.hasPrefix("<") && url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        return !url.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
    }

    /// `1.` or `12)` followed by white space: the length of the marker.
    static func orderedMarkerLength(_ text: Substring) -> Int? {
        let digits = text.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let after = text.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")",
              after.dropFirst().first?.isWhitespace == true else { return nil }
        return digits.count + 1
    }

    /// The lines of every code block and raw HTML block, and of every table,
    /// however deeply nested.
    static func specialLines(in blocks: [Block]) -> (literal: Set<Int>, table: Set<Int>) {
        var literal: Set<Int> = []
        var table: Set<Int> = []
        var stack = blocks
        while let block = stack.popLast() {
            switch block.kind {
            case .codeBlock, .html, .math:
                literal.formUnion(block.range.start.line...block.range.end.line)
            case .table:
                table.formUnion(block.range.start.line...block.range.end.line)
            case .blockQuote(let children):
                stack.append(contentsOf: children)
            case .list(let list):
                stack.append(contentsOf: list.items.flatMap(\.blocks))
            case .footnoteDefinition(let definition):
                stack.append(contentsOf: definition.blocks)
            case .definitionList(let list):
                stack.append(contentsOf: list.items.flatMap(\.definitions).flatMap(\.blocks))
            case .paragraph, .heading, .thematicBreak, .tableOfContents:
                break
            }
        }
        return (literal, table)
    }
}
