import OctavoModel

/// The parts every XHTML page of Octavo's own (title page, navigation) shares: the
/// XML declaration, the doctype, the `html` element with the book's language and the
/// head with a title and the stylesheet.
struct BookPage: ~Copyable {
    var bytes = ByteBuffer(capacity: 1 << 14)

    /// Writes everything up to and including the opening `body` tag.
    init(title: String, language: String) {
        bytes.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
        bytes.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"")
        attribute("lang", language)
        attribute("xml:lang", language)
        bytes.append(">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        text(title)
        bytes.append("</title>\n<link rel=\"stylesheet\" type=\"text/css\"")
        attribute("href", EPUBFormat.stylesheetHref)
        bytes.append("/>\n</head>\n<body>\n")
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(" ")
        bytes.append(name)
        bytes.append("=\"")
        XMLEscaping.append(value, to: &bytes, in: .attribute)
        bytes.append("\"")
    }

    /// Escaped text content.
    mutating func text(_ text: String) {
        XMLEscaping.append(text, to: &bytes, in: .text)
    }

    /// A link with `text` to `href`, with an optional `epub:type`.
    mutating func link(_ text: String, href: String, type: String? = nil) {
        bytes.append("<a")
        if let type { attribute("epub:type", type) }
        attribute("href", href)
        bytes.append(">")
        self.text(text)
        bytes.append("</a>")
    }

    /// Closes `body` and `html` and returns the page.
    consuming func finish() -> [UInt8] {
        bytes.append("</body>\n</html>\n")
        var output: [UInt8] = []
        bytes.copy(to: &output)
        return output
    }
}
