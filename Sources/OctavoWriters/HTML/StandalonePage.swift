import OctavoModel

/// What surrounds a post's HTML when it is written as a complete page
/// (`-t html --standalone`): the doctype, the language, the title, a stylesheet
/// (the default one, as books have, or a link) and MathJax when the page holds TeX math.
enum StandalonePage {
    /// MathJax 3's combined TeX input and CommonHTML output, as MathJax's documentation
    /// gives it for pages that load it from its CDN.
    static let mathJaxSource = "https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js"

    static func appendHead(title: String, language: String, options: WriterOptions, loadsMathJax: Bool,
                           to output: inout ByteBuffer) {
        output.append("<!DOCTYPE html>\n<html lang=\"")
        ByteEscaping.appendEscapedMarkup(language, to: &output)
        output.append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
        output.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        output.append("<meta name=\"generator\" content=\"Octavo\" />\n<title>")
        ByteEscaping.appendEscapedMarkup(title, to: &output)
        output.append("</title>\n")
        if let link = options.stylesheetLink {
            output.append("<link rel=\"stylesheet\" href=\"")
            ByteEscaping.appendEscapedURL(link, to: &output)
            output.append("\" />\n")
        } else {
            output.append("<style>\n")
            output.append(contentsOf: DefaultStylesheet.bytes)
            output.append("</style>\n")
        }
        if loadsMathJax {
            output.append("<script defer=\"defer\" src=\"")
            output.append(string: mathJaxSource)
            output.append("\"></script>\n")
        }
        output.append("</head>\n<body>\n")
    }

    static func appendTail(to output: inout ByteBuffer) {
        output.append("</body>\n</html>\n")
    }
}
