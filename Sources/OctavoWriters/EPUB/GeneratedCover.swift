import OctavoModel

/// The cover a book gets when `--cover` names none: an SVG image (3:4) with the
/// title, the authors and the years of the posts, on a colour chosen from the title,
/// so the same book always gets the same cover.
public enum GeneratedCover {
    /// The place of the cover in the book.
    public static let href = "cover.svg"

    /// The SVG image's bytes.
    public static func svg(title: String, creators: [String], years: ClosedRange<Int>?) -> [UInt8] {
        let palette = [("#1f3a5f", "#f4efe6"), ("#5b2a3a", "#f6ede4"), ("#2f4f3a", "#f1efe4"), ("#3d3a5c", "#f3f0ea"), ("#6b4226", "#f7f1e6")]
        var hash = FNV1a<UInt32>()
        hash.append(utf8Of: title)
        let (background, ink) = palette[Int(hash.value % UInt32(palette.count))]
        var svg = ByteBuffer(capacity: 4096)
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 600 800\" width=\"600\" height=\"800\">\n<title>")
        XMLEscaping.append(title, to: &svg, in: .text)
        svg.append(string: "</title>\n<rect width=\"600\" height=\"800\" fill=\"\(background)\"/>\n")
        svg.append(string: "<rect x=\"40\" y=\"40\" width=\"520\" height=\"720\" fill=\"none\" stroke=\"\(ink)\" stroke-width=\"2\"/>\n")
        func text(_ content: String, y: Int, size: Int) {
            svg.append(string: "<text x=\"300\" y=\"\(y)\" text-anchor=\"middle\" font-family=\"Georgia, 'Noto Serif CJK SC', "
                + "'Source Han Serif SC', serif\" font-size=\"\(size)\" fill=\"\(ink)\">")
            XMLEscaping.append(content, to: &svg, in: .text)
            svg.append("</text>\n")
        }
        let lines = wrapped(title, width: 440, size: 48).prefix(6)
        var y = 300 - (lines.count - 1) * 30
        for line in lines {
            text(line, y: y, size: 48)
            y += 60
        }
        for line in wrapped(creators.joined(separator: ", "), width: 440, size: 28).prefix(2) {
            y += 20
            text(line, y: y, size: 28)
            y += 16
        }
        if let years {
            text(years.lowerBound == years.upperBound ? String(years.lowerBound) : "\(years.lowerBound)–\(years.upperBound)", y: 700, size: 24)
        }
        svg.append("</svg>\n")
        var bytes: [UInt8] = []
        svg.copy(to: &bytes)
        return bytes
    }

    /// `text` broken into lines of at most `width` units at font size `size`, counting a
    /// CJK character as one em and any other as about half of one; words stay whole
    /// where there are spaces.
    static func wrapped(_ text: String, width: Int, size: Int) -> [String] {
        func advance(_ character: Character) -> Int {
            character.unicodeScalars.first.map { $0.value >= 0x2E80 ? size : size * 11 / 20 } ?? 0
        }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = word.reduce(0) { $0 + advance($1) }
            let space = line.isEmpty ? 0 : advance(" ")
            if lineWidth + space + wordWidth <= width {
                line += (line.isEmpty ? "" : " ") + word
                lineWidth += space + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            lineWidth = 0
            for character in word {
                if lineWidth + advance(character) > width, !line.isEmpty {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += advance(character)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
