import OctavoModel

/// kramdown abbreviations: definitions `*[HTML]: Hyper Text Markup Language` anywhere
/// in the document, and every occurrence of a defined word in text turned into an
/// `Inline.abbreviation`. An occurrence stands between non-word characters (word
/// characters are ASCII letters, digits and `_`) or the ends of its text; the longest
/// definition wins. Code, math, raw HTML and URLs are not text, so they keep theirs.
struct Abbreviations {
    /// Titles by abbreviation; a later definition replaces an earlier one.
    private(set) var titles: [String: String] = [:]
    /// The abbreviations' bytes by their first byte, longest first.
    private var candidates: [UInt8: [[UInt8]]] = [:]

    var isEmpty: Bool { titles.isEmpty }

    /// Reads `*[abbreviation]: title` (from the line's first non-space byte); false if the line is something else.
    mutating func define(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 5, line.first == UInt8(ascii: "*"), line[line.startIndex + 1] == UInt8(ascii: "[") else { return false }
        let nameStart = line.startIndex + 2
        var index = nameStart
        while index + 1 < line.endIndex, !(line[index] == UInt8(ascii: "]") && line[index + 1] == UInt8(ascii: ":")) { index += 1 }
        guard index + 1 < line.endIndex, index > nameStart else { return false }
        let name = Array(line[nameStart..<index])
        var titleStart = index + 2
        var titleEnd = line.endIndex
        while titleStart < titleEnd, line[titleStart] == 0x20 || line[titleStart] == 0x09 { titleStart += 1 }
        while titleEnd > titleStart, line[titleEnd - 1] == 0x20 || line[titleEnd - 1] == 0x09 { titleEnd -= 1 }
        let key = String(decoding: name, as: UTF8.self)
        if titles.updateValue(String(decoding: line[titleStart..<titleEnd], as: UTF8.self), forKey: key) == nil {
            candidates[name[0], default: []].append(name)
            candidates[name[0]]?.sort { $0.count > $1.count }
        }
        return true
    }

    /// `inlines` with every occurrence of an abbreviation in their text marked.
    func apply(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text): mark(text, into: &result)
            case .emphasis(let content): result.append(.emphasis(apply(content)))
            case .strong(let content): result.append(.strong(apply(content)))
            case .strikethrough(let content): result.append(.strikethrough(apply(content)))
            case .link(var link):
                link.content = apply(link.content)
                result.append(.link(link))
            case .attributed(var attributed):
                attributed.inline = apply([attributed.inline]).first ?? attributed.inline
                result.append(.attributed(attributed))
            case .softBreak, .lineBreak, .code, .image, .html, .footnoteReference, .math, .abbreviation:
                result.append(inline)
            }
        }
        return result
    }

    private func mark(_ text: String, into result: inout [Inline]) {
        let bytes = Array(text.utf8)
        var plainStart = 0
        var index = 0
        while index < bytes.count {
            guard index == 0 || !Self.isWordByte(bytes[index - 1]), let name = match(bytes, at: index) else {
                index += 1
                continue
            }
            if index > plainStart { result.append(.text(String(decoding: bytes[plainStart..<index], as: UTF8.self))) }
            let word = String(decoding: name, as: UTF8.self)
            result.append(.abbreviation(Abbreviation(text: word, title: titles[word] ?? "")))
            index += name.count
            plainStart = index
        }
        if plainStart == 0 {
            result.append(.text(text))
        } else if plainStart < bytes.count {
            result.append(.text(String(decoding: bytes[plainStart...], as: UTF8.self)))
        }
    }

    /// The longest abbreviation at `index` that no word character follows.
    private func match(_ bytes: [UInt8], at index: Int) -> [UInt8]? {
        guard let names = candidates[bytes[index]] else { return nil }
        for name in names where index + name.count <= bytes.count {
            let end = index + name.count
            if bytes[index..<end].elementsEqual(name), end == bytes.count || !Self.isWordByte(bytes[end]) { return name }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }
}
