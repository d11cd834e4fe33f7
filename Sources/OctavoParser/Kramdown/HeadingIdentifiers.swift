import OctavoModel

/// Gives headings the identifiers kramdown's GFM parser gives them: an explicit
/// `{#id}` at the end of the heading wins; otherwise the heading's text, lower-cased,
/// with spaces and tabs turned into `-` and everything but letters, marks, digits,
/// `_` and `-` dropped. A repeated identifier gets `-1`, `-2`, ...; an empty one is
/// left out the first time and becomes `-1` after that. Identifiers set by attribute
/// lists are kept and count as used.
struct HeadingIdentifiers {
    private var uses: [String: Int] = [:]

    /// Assigns identifiers to every heading of `blocks`, in document order.
    mutating func assign(_ blocks: inout [Block]) {
        for index in blocks.indices {
            switch blocks[index].kind {
            case .heading(var heading):
                if let explicit = Self.takeExplicitIdentifier(&heading.content) {
                    blocks[index].attributes.id = explicit
                    blocks[index].kind = .heading(heading)
                } else if blocks[index].attributes.id == nil {
                    blocks[index].attributes.id = unique(Self.identifier(for: heading.content.plainText))
                }
            case .blockQuote(var children):
                assign(&children)
                blocks[index].kind = .blockQuote(children)
            case .list(var list):
                for item in list.items.indices { assign(&list.items[item].blocks) }
                blocks[index].kind = .list(list)
            case .footnoteDefinition(var definition):
                assign(&definition.blocks)
                blocks[index].kind = .footnoteDefinition(definition)
            case .definitionList(var list):
                for item in list.items.indices {
                    for definition in list.items[item].definitions.indices {
                        assign(&list.items[item].definitions[definition].blocks)
                    }
                }
                blocks[index].kind = .definitionList(list)
            case .paragraph, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents:
                break
            }
        }
    }

    /// `base`, or `base-N` for its N-th repeat; nil for the first empty identifier.
    private mutating func unique(_ base: String) -> String? {
        let count = uses[base, default: 0]
        uses[base] = count + 1
        if count == 0 { return base.isEmpty ? nil : base }
        return "\(base)-\(count)"
    }

    /// The GFM-style identifier of a heading's text. kramdown's typographic symbols
    /// (`---`, `--`, `...`, `<< `, ` >>`) are not text, so they leave nothing behind.
    static func identifier(for text: String) -> String {
        var identifier = String.UnicodeScalarView()
        for scalar in withoutTypographicSymbols(text).lowercased().unicodeScalars {
            if scalar == " " || scalar == "\t" {
                identifier.append("-")
            } else if isWordCharacter(scalar) || scalar == "-" {
                identifier.append(scalar)
            }
        }
        return String(identifier)
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
        while index < bytes.count {
            if followedBy("---") || followedBy("...") || followedBy(" >>") || followedBy("<< ") {
                index += 3
            } else if followedBy("--") || followedBy("<<") || followedBy(">>") {
                index += 2
            } else {
                kept.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
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
