/// Makes the ids and internal references of an SVG image valid for EPUB, changing
/// nothing else of its bytes: an `id` that is not an XML name without colons (`1abc`,
/// `a b`) or that repeats an earlier one is renamed, and every reference to it
/// (`href="#…"`, `xlink:href="#…"`, `url(#…)` in any attribute, `style` included, and in
/// `style` elements) follows; a reference to an element the image does not have is
/// dropped (an `href` attribute removed, `url(#…)` written `none`).
enum SVGRepair {
    /// The repaired bytes of `bytes`, a well-formed SVG image (the same bytes when
    /// nothing needs repair), or nil when an id or a reference is written with character
    /// references, which this repair does not rewrite.
    static func repairing(_ bytes: [UInt8]) -> [UInt8]? {
        let markup = SVGMarkupScan(bytes)
        let identifierAttributes = markup.attributes.filter(\.isIdentifier)
        let known = Set(identifierAttributes.map { markup.text($0.value) })
        var renames: [String: String] = [:]
        var kept: Set<String> = []
        var edits: [Edit] = []
        for attribute in identifierAttributes {
            let id = markup.text(attribute.value)
            if id.contains("&") { return nil }
            if isName(id), !kept.contains(id) {
                kept.insert(id)
                continue
            }
            let name = uniqueName(for: id, avoiding: known.union(kept))
            // References follow the first element with an id; a repeated id gets a new name no reference uses.
            if !isName(id), renames[id] == nil { renames[id] = name }
            kept.insert(name)
            edits.append(Edit(range: attribute.value, replacement: Array(name.utf8)))
        }
        for attribute in markup.attributes where !attribute.isIdentifier {
            let value = markup.text(attribute.value)
            if attribute.isAddress, value.hasPrefix("#") {
                let fragment = String(value.dropFirst())
                if fragment.contains("&") { return nil }
                if let name = renames[fragment] {
                    edits.append(Edit(range: attribute.value, replacement: Array(("#" + name).utf8)))
                } else if !known.contains(fragment) {
                    edits.append(Edit(range: attribute.whole, replacement: []))
                }
            } else if value.contains("url(") {
                guard let rewritten = rewritingURLs(in: value, renames: renames, known: known) else { return nil }
                if rewritten != value { edits.append(Edit(range: attribute.value, replacement: Array(rewritten.utf8))) }
            }
        }
        for range in markup.styleTexts {
            let text = markup.text(range)
            guard text.contains("url(") else { continue }
            guard let rewritten = rewritingURLs(in: text, renames: renames, known: known) else { return nil }
            if rewritten != text { edits.append(Edit(range: range, replacement: Array(rewritten.utf8))) }
        }
        guard !edits.isEmpty else { return bytes }
        edits.sort { $0.range.lowerBound < $1.range.lowerBound }
        var repaired: [UInt8] = []
        repaired.reserveCapacity(bytes.count)
        var position = 0
        for edit in edits where edit.range.lowerBound >= position {
            repaired += bytes[position..<edit.range.lowerBound]
            repaired += edit.replacement
            position = edit.range.upperBound
        }
        repaired += bytes[position...]
        return repaired
    }

    /// Whether `id` is an XML name without colons (an NCName), as EPUB's schemas want
    /// ids; beyond ASCII, letters and digits count as name characters.
    static func isName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isNameStart(first) else { return false }
        return id.unicodeScalars.allSatisfy(isNameCharacter)
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_" || (scalar.value >= 0xC0 && scalar.properties.isAlphabetic)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
            || (scalar.value >= 0xC0 && scalar.properties.numericType != nil)
    }

    /// A name for `id`: its letters kept, every other character `_`, `_` in front when it
    /// does not start with a letter, and a number after it when that name is taken.
    private static func uniqueName(for id: String, avoiding taken: Set<String>) -> String {
        var name = String(String.UnicodeScalarView(id.unicodeScalars.map { isNameCharacter($0) ? $0 : "_" }))
        if !(name.unicodeScalars.first.map(isNameStart) ?? false) { name = "_" + name }
        var candidate = name
        var number = 2
        while taken.contains(candidate) {
            candidate = name + "-" + String(number)
            number += 1
        }
        return candidate
    }

    /// `text` with each `url(#fragment)` renamed or, when it names nothing, `none`; nil
    /// when a fragment holds a character reference.
    private static func rewritingURLs(in text: String, renames: [String: String], known: Set<String>) -> String? {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "url(") {
            result += rest[..<start.lowerBound]
            let inside = rest[start.upperBound...]
            guard let close = inside.firstIndex(of: ")") else {
                result += rest[start.lowerBound...]
                return result
            }
            var argument = inside[..<close]
            while let first = argument.first, " \t\n\r\"'".contains(first) { argument.removeFirst() }
            while let last = argument.last, " \t\n\r\"'".contains(last) { argument.removeLast() }
            rest = inside[inside.index(after: close)...]
            guard argument.hasPrefix("#") else {
                result += "url(" + inside[..<close] + ")"
                continue
            }
            let fragment = String(argument.dropFirst())
            if fragment.contains("&") { return nil }
            if let name = renames[fragment] {
                result += "url(#" + name + ")"
            } else if known.contains(fragment) {
                result += "url(" + inside[..<close] + ")"
            } else {
                result += "none"
            }
        }
        return result + rest
    }

    private struct Edit {
        let range: Range<Int>
        let replacement: [UInt8]
    }
}
