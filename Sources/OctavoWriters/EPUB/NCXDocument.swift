import OctavoModel

/// The book's NCX (`toc.ncx`): the same table of contents as the navigation document,
/// for EPUB 2 reading systems, which do not read `nav.xhtml`. Its entries come from
/// `NavigationDocument.entries`, numbered in reading order.
enum NCXDocument {
    static func render(_ book: Book) -> [UInt8] {
        let entries = NavigationDocument.entries(of: book)
        var output = ByteBuffer(capacity: 1 << 14)
        output.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"")
        appendAttribute("xml:lang", book.language, to: &output)
        output.append(">\n  <head>\n")
        for (name, content) in [("dtb:uid", book.identifier), ("dtb:depth", String(entries.map(\.depth).max() ?? 1)),
                                ("dtb:totalPageCount", "0"), ("dtb:maxPageNumber", "0")] {
            output.append("    <meta")
            appendAttribute("name", name, to: &output)
            appendAttribute("content", content, to: &output)
            output.append("/>\n")
        }
        output.append("  </head>\n  <docTitle><text>")
        XMLEscaping.append(book.title, to: &output, in: .text)
        output.append("</text></docTitle>\n")
        for creator in book.creators {
            output.append("  <docAuthor><text>")
            XMLEscaping.append(creator, to: &output, in: .text)
            output.append("</text></docAuthor>\n")
        }
        output.append("  <navMap>\n")
        var depth = 0
        for (index, entry) in entries.enumerated() {
            while depth >= entry.depth {
                output.append(string: String(repeating: "  ", count: depth + 1) + "</navPoint>\n")
                depth -= 1
            }
            depth = entry.depth
            let indent = String(repeating: "  ", count: depth + 1)
            output.append(string: indent + "<navPoint id=\"navpoint-\(index + 1)\" playOrder=\"\(index + 1)\">\n")
            output.append(string: indent + "  <navLabel><text>")
            XMLEscaping.append(entry.text, to: &output, in: .text)
            output.append(string: "</text></navLabel>\n" + indent + "  <content")
            appendAttribute("src", entry.href, to: &output)
            output.append("/>\n")
        }
        while depth > 0 {
            output.append(string: String(repeating: "  ", count: depth + 1) + "</navPoint>\n")
            depth -= 1
        }
        output.append("  </navMap>\n</ncx>\n")
        var bytes: [UInt8] = []
        output.copy(to: &bytes)
        return bytes
    }

    private static func appendAttribute(_ name: String, _ value: String, to output: inout ByteBuffer) {
        output.append(string: " " + name + "=\"")
        XMLEscaping.append(value, to: &output, in: .attribute)
        output.append("\"")
    }
}
