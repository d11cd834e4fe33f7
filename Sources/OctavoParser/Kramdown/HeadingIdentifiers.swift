import OctavoModel

/// Gives headings the identifiers kramdown's GFM parser gives them: an attribute
/// list's identifier wins, then an explicit `{#id}` at the end of the heading; otherwise the heading's text, lower-cased,
/// with spaces and tabs turned into `-` and everything but letters, marks, digits,
/// `_` and `-` dropped. A repeated identifier gets `-1`, `-2`, ...; an empty one is
/// left out the first time and becomes `-1` after that. Identifiers set by attribute
/// lists are kept and count as used.
struct HeadingIdentifiers {
    private var uses: [String: Int] = [:]

    /// Assigns identifiers to every heading of `blocks`, in document order.
    mutating func assign(_ blocks: inout [Block]) {
        blocks.updateEachBlock { block in
            guard case .heading(var heading) = block.kind else { return }
            if let explicit = Self.takeExplicitIdentifier(&heading.content) {
                block.attributes.id = block.attributes.id ?? explicit
                block.kind = .heading(heading)
            } else if block.attributes.id == nil {
                block.attributes.id = unique(Self.identifier(for: Self.identifierText(heading.content)))
            }
        }
    }

    /// `base`, or `base-N` for its N-th repeat; nil for the first empty identifier.
    private mutating func unique(_ base: String) -> String? {
        let count = Self.countingOneMore(&uses[base, default: 0])
        if count == 0 { return base.isEmpty ? nil : base }
        return "\(base)-\(count)"
    }

    /// The count before one more use is added to it.
    private static func countingOneMore(_ uses: inout Int) -> Int {
        defer { uses += 1 }
        return uses
    }

    /// The text kramdown makes an identifier from: text without its typographic
    /// symbols (`---`, `--`, `...`, `<< `, ` >>`, which are not text), code and math as
    /// written, the content of emphasis and links; images add nothing.
    static func identifierText(_ inlines: [Inline]) -> String {
        var text = ""
        var pending: [ArraySlice<Inline>] = []
        var current = inlines[...]
        while true {
            guard let inline = current.first else {
                guard let next = pending.popLast() else { return text }
                current = next
                continue
            }
            current = current.dropFirst()
            let children: [Inline]
            switch inline {
            case .text(let literal):
                text += withoutTypographicSymbols(literal)
                continue
            case .code(let literal), .math(let literal):
                text += literal
                continue
            case .abbreviation(let abbreviation):
                text += abbreviation.text
                continue
            case .softBreak, .lineBreak:
                text += " "
                continue
            case .image, .html, .footnoteReference:
                continue
            case .emphasis(let content), .strong(let content), .strikethrough(let content):
                children = content
            case .link(let link):
                children = link.content
            case .attributed(let attributed):
                children = [attributed.inline]
            }
            if !current.isEmpty { pending.append(current) }
            current = children[...]
        }
    }

    /// The GFM-style identifier of a heading's text (see `identifierText`).
    ///
    /// Lower-casing goes scalar by scalar, as `String.lowercased()` does; ASCII and CJK
    /// ideographs (letters without case) skip the look-up of Unicode properties.
    static func identifier(for text: String) -> String {
        var identifier: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                keep(Unicode.Scalar(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte), in: &identifier)
            } else if (0x4E00...0x9FFF).contains(scalar.value) {
                identifier.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars { keep(lowered, in: &identifier) }
            }
        }
        return String(decoding: identifier, as: UTF8.self)
    }

    /// Appends what a lower-cased scalar leaves in an identifier: `-` for a space or tab,
    /// itself for a word character or `-`, else nothing.
    private static func keep(_ scalar: Unicode.Scalar, in identifier: inout [UInt8]) {
        if scalar == " " || scalar == "\t" {
            identifier.append(UInt8(ascii: "-"))
        } else if isWordCharacter(scalar) || scalar == "-" {
            identifier.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    private static func withoutTypographicSymbols(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        func followedBy(_ pattern: StaticString) -> Bool {
            let count = pattern.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != pattern.utf8Start[offset] { return false }
            return true
        }
        func symbolLength() -> Int {
            switch bytes[index] {
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "<"), UInt8(ascii: ">"):
                if followedBy("---") || followedBy("...") || followedBy(" >>") || followedBy("<< ") { return 3 }
                if followedBy("--") || followedBy("<<") || followedBy(">>") { return 2 }
                return 0
            default:
                return 0
            }
        }
        while index < bytes.count {
            let length = symbolLength()
            if length > 0 {
                index += length
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// Removes a trailing `{#id}` from the heading's text and returns the id.
    private static func takeExplicitIdentifier(_ content: inout [Inline]) -> String? {
        guard case .text(let text)? = content.last, text.hasSuffix("}"),
              let brace = text.lastIndex(of: "{"), text[text.index(after: brace)...].hasPrefix("#") else { return nil }
        let id = text[text.index(brace, offsetBy: 2)..<text.index(before: text.endIndex)]
        guard let first = id.unicodeScalars.first, first.properties.isAlphabetic,
              id.unicodeScalars.allSatisfy({ isWordCharacter($0) || $0 == "-" || $0 == ":" }) else { return nil }
        var rest = String(text[..<brace])
        while rest.last == " " || rest.last == "\t" { rest.removeLast() }
        if rest.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(rest) }
        return String(id)
    }
}
