import OctavoModel
import OctavoWriters

/// Links whose fragment names no element of their chapter, found once every chapter is
/// rendered: such a link (a typo in `#anchor`, a heading another post no longer has)
/// would be an error for EPUBCheck, so it is pointed at the chapter itself instead.
///
/// Works on the chapters' own XHTML, which Octavo wrote: start tags are well-formed,
/// attribute values are double-quoted and escaped, and text never holds a raw `<`.
enum ChapterFragments {
    /// One link that lost its fragment.
    struct Repair: Equatable {
        /// The fragment as written in the href (percent- and XML-escaped).
        var fragment: String
        /// The href it pointed at: `#x` in its own chapter, or `chapter-NNN.xhtml#x`.
        var href: String
    }

    /// The identifiers in `bytes`: the value of every `id` attribute, unescaped.
    static func identifiers(in bytes: [UInt8]) -> Set<String> {
        var identifiers: Set<String> = []
        forEachStartTag(in: bytes) { _, attributes in
            for attribute in attributes where attribute.name.elementsEqual("id".utf8) {
                identifiers.insert(unescaped(bytes[attribute.value]))
            }
        }
        return identifiers
    }

    /// `bytes` (the chapter at `href`) with every link to a fragment that is missing from
    /// its target chapter in `identifiers` (by chapter href) pointed at that chapter alone,
    /// and the links so changed.
    static func repairing(_ bytes: [UInt8], href: String, identifiers: [String: Set<String>]) -> (bytes: [UInt8], repairs: [Repair]) {
        var replacements: [(range: Range<Int>, value: [UInt8], repair: Repair)] = []
        forEachStartTag(in: bytes) { name, attributes in
            guard name.elementsEqual("a".utf8),
                  let link = attributes.first(where: { $0.name.elementsEqual("href".utf8) }) else { return }
            let value = unescaped(bytes[link.value])
            guard let hash = value.firstIndex(of: "#") else { return }
            let target = String(value[..<hash])
            let fragment = String(value[value.index(after: hash)...])
            guard !fragment.isEmpty, let known = identifiers[target.isEmpty ? href : target],
                  !known.contains(URLText.percentDecoded(fragment)) else { return }
            let repaired = target.isEmpty ? href : target
            replacements.append((link.value, Array(repaired.utf8), Repair(fragment: fragment, href: value)))
        }
        guard !replacements.isEmpty else { return (bytes, []) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        for replacement in replacements {
            output += bytes[copied..<replacement.range.lowerBound]
            output += replacement.value
            copied = replacement.range.upperBound
        }
        output += bytes[copied...]
        return (output, replacements.map(\.repair))
    }

    /// Where in `document` a link to `#fragment` is written: the start of the first block
    /// whose links or raw HTML name it, else the start of the post.
    static func position(of repair: Repair, in document: Document) -> SourcePosition {
        let decoded = URLText.percentDecoded(repair.fragment)
        let endings = ["#" + repair.fragment, "#" + decoded]
        var found: SourcePosition?
        document.blocks.forEachBlock { block in
            guard found == nil else { return }
            let inlineRuns: [[Inline]] = switch block.kind {
            case .paragraph(let content): [content]
            case .heading(let heading): [heading.content]
            case .table(let table): table.header + table.rows.flatMap { $0 }
            case .definitionList(let list): list.items.flatMap { $0.terms.map(\.content) }
            default: []
            }
            var names = false
            for run in inlineRuns {
                run.forEachInline { inline in
                    switch inline {
                    case .link(let link): if endings.contains(where: link.destination.hasSuffix) { names = true }
                    case .html(let html): if endings.contains(where: html.contains) { names = true }
                    default: break
                    }
                }
            }
            if case .html(let html) = block.kind, endings.contains(where: html.contains) { names = true }
            if names { found = block.range.start }
        }
        return found ?? SourcePosition(line: 1, column: 1)
    }

    /// One attribute of a start tag: its name and the range of its value in the bytes.
    private struct Attribute {
        var name: ArraySlice<UInt8>
        var value: Range<Int>
    }

    /// Calls `visit` with the name and attributes of every start tag, in order.
    private static func forEachStartTag(in bytes: [UInt8], _ visit: (ArraySlice<UInt8>, [Attribute]) -> Void) {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < count, isNameByte(bytes[index + 1]) else {
                index += 1
                continue
            }
            var cursor = index + 1
            while cursor < count, isNameByte(bytes[cursor]) { cursor += 1 }
            let name = bytes[(index + 1)..<cursor]
            var attributes: [Attribute] = []
            while cursor < count, bytes[cursor] != UInt8(ascii: ">") {
                guard isNameByte(bytes[cursor]) else {
                    cursor += 1
                    continue
                }
                let nameStart = cursor
                while cursor < count, isNameByte(bytes[cursor]) { cursor += 1 }
                let attributeName = bytes[nameStart..<cursor]
                guard cursor + 1 < count, bytes[cursor] == UInt8(ascii: "="), bytes[cursor + 1] == UInt8(ascii: "\"") else { continue }
                let valueStart = cursor + 2
                var valueEnd = valueStart
                while valueEnd < count, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
                attributes.append(Attribute(name: attributeName, value: valueStart..<valueEnd))
                cursor = valueEnd + 1
            }
            visit(name, attributes)
            index = cursor
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    /// An attribute value with the character references Octavo writes undone.
    private static func unescaped(_ value: ArraySlice<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let reference = rest[ampersand...]
            guard let semicolon = reference.firstIndex(of: ";") else {
                rest = reference
                break
            }
            let name = reference[reference.index(after: ampersand)..<semicolon]
            switch name {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) { result.unicodeScalars.append(scalar) } else { result += reference[...semicolon] }
            }
            rest = reference[reference.index(after: semicolon)...]
        }
        return result + rest
    }
}
