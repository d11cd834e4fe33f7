import OctavoModel

/// The attributes of a well-formed SVG (or other XML) document and the text of its `style` elements,
/// found by their byte ranges so that a repair can rewrite them in place. Comments,
/// processing instructions and the document type are skipped.
struct SVGMarkupScan {
    /// An attribute: its name, the bytes of its value inside the quotes, and the whole
    /// attribute with the white space before it.
    struct Attribute {
        let name: String
        let value: Range<Int>
        let whole: Range<Int>

        /// Whether this is an element's `id` (or `xml:id`).
        var isIdentifier: Bool { name == "id" || name == "xml:id" }
        /// Whether the value is an address: `href` in any namespace.
        var isAddress: Bool { name == "href" || name.hasSuffix(":href") }
    }

    let bytes: [UInt8]
    private(set) var attributes: [Attribute] = []
    /// The text (CDATA sections included) of `style` elements.
    private(set) var styleTexts: [Range<Int>] = []

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        scan()
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private mutating func scan() {
        var position = 0
        var styleStart: Int?
        let end = bytes.count
        while position < end {
            guard bytes[position] == UInt8(ascii: "<") else {
                position += 1
                continue
            }
            if starts(with: "<!--", at: position) {
                position = (bytes.firstIndex(of: "-->", from: position + 4) ?? end) + 3
            } else if starts(with: "<![CDATA[", at: position) {
                position = (bytes.firstIndex(of: "]]>", from: position + 9) ?? end) + 3
            } else if starts(with: "<?", at: position) {
                position = (bytes.firstIndex(of: "?>", from: position + 2) ?? end) + 2
            } else if starts(with: "<!", at: position) {
                position = skipDeclaration(from: position)
            } else if starts(with: "</", at: position) {
                let nameEnd = nameEnd(from: position + 2)
                if let start = styleStart, localName(position + 2..<nameEnd) == "style" {
                    styleTexts.append(start..<position)
                    styleStart = nil
                }
                position = (bytes.firstIndex(of: ">", from: nameEnd) ?? end) + 1
            } else {
                let nameEnd = nameEnd(from: position + 1)
                let isStyle = localName(position + 1..<nameEnd) == "style"
                position = scanAttributes(from: nameEnd)
                if isStyle, position <= end, bytes[position - 1] == UInt8(ascii: ">"), position < 2 || bytes[position - 2] != UInt8(ascii: "/") {
                    styleStart = position
                }
            }
        }
    }

    /// Reads the attributes of a start tag from after its name; returns where the tag ends.
    private mutating func scanAttributes(from start: Int) -> Int {
        var position = start
        let end = bytes.count
        while position < end {
            let whitespaceStart = position
            while position < end, isWhitespace(bytes[position]) { position += 1 }
            guard position < end else { return end }
            if bytes[position] == UInt8(ascii: ">") { return position + 1 }
            if bytes[position] == UInt8(ascii: "/") {
                position += 1
                continue
            }
            let nameStart = position
            let nameStop = nameEnd(from: position)
            guard nameStop > nameStart else { return position + 1 }
            position = nameStop
            while position < end, isWhitespace(bytes[position]) || bytes[position] == UInt8(ascii: "=") { position += 1 }
            guard position < end, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else { continue }
            let quote = bytes[position]
            let valueStart = position + 1
            var valueEnd = valueStart
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            attributes.append(Attribute(name: text(nameStart..<nameStop), value: valueStart..<valueEnd,
                                        whole: whitespaceStart..<min(valueEnd + 1, end)))
            position = valueEnd + 1
        }
        return end
    }

    /// The end of a `<!…>` declaration, past any bracketed internal subset.
    private func skipDeclaration(from start: Int) -> Int {
        var position = start + 2
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: return position + 1
            default: break
            }
            position += 1
        }
        return bytes.count
    }

    private func localName(_ range: Range<Int>) -> String {
        let name = text(range)
        return name.split(separator: ":").last.map(String.init) ?? name
    }

    private func nameEnd(from start: Int) -> Int {
        var position = start
        while position < bytes.count, !isWhitespace(bytes[position]),
              ![UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<")].contains(bytes[position]) {
            position += 1
        }
        return position
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private func starts(with text: String, at position: Int) -> Bool {
        let pattern = Array(text.utf8)
        return position + pattern.count <= bytes.count && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
    }
}
