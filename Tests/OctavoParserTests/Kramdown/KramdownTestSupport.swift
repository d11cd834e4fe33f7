import Foundation
import OctavoModel
import OctavoParser
import OctavoWriters

/// Parsing and rendering helpers for the kramdown dialect's tests.
enum Kramdown {
    static func blocks(_ text: String) -> [Block] {
        MarkdownParser(dialect: .kramdown).parse(Source(path: "test.md", text: text)).blocks
    }

    static func html(_ text: String) -> String {
        let document = MarkdownParser(dialect: .kramdown).parse(Source(path: "test.md", text: text))
        return String(decoding: HTMLWriter(options: WriterOptions()).render(document), as: UTF8.self)
    }

    /// The inlines of the single paragraph `text` parses to.
    static func inlines(_ text: String) -> [Inline] {
        guard case .paragraph(let content)? = blocks(text).first?.kind else { return [] }
        return content
    }

    /// The element structure of HTML: each tag as `name` or `/name`, with its class if
    /// it has one (`dd.cls`); text, other attributes and white space are left out.
    static func structure(_ html: String) -> [String] {
        var tags: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let isClosing = tag.first == "/"
            let name = (isClosing ? tag.dropFirst() : tag).prefix { $0.isLetter || $0.isNumber }
            guard !name.isEmpty else { continue }
            var token = (isClosing ? "/" : "") + name
            if let range = tag.range(of: "class=\"") {
                token += "." + tag[range.upperBound...].prefix { $0 != "\"" }.replacingOccurrences(of: " ", with: ".")
            }
            tags.append(token)
        }
        return tags
    }

    /// A test case of kramdown's own suite: its input and kramdown's HTML.
    static func specCase(_ name: String) throws -> (text: String, html: String) {
        let base = "spec/kramdown/kramdown/" + name
        let text = String(decoding: try SharedFiles.data(base + ".text"), as: UTF8.self)
        let html = String(decoding: try SharedFiles.data(base + ".html"), as: UTF8.self)
        return (text, html)
    }
}
