/// The attributes Octavo's XHTML carries, element by element, and the values each
/// accepts: the subset `schemas/xhtml-content.rng` describes. Everything else (event
/// handlers, presentational and unknown attributes) is left out.
public enum XHTMLAttributes {
    /// The value to write for attribute `name` with `value` on `element`, or nil when
    /// the attribute does not belong there or the value is not one it takes. Addresses
    /// come back percent-encoded, identifiers and classes with white space folded.
    public static func accepted(_ name: String, value: String, on element: String) -> String? {
        guard let kind = kind(of: name, on: element) else { return nil }
        switch kind {
        case .text:
            return value
        case .identifier:
            return identifier(value)
        case .tokens:
            let tokens = value.split(whereSeparator: isSpace)
            return tokens.isEmpty ? nil : tokens.joined(separator: " ")
        case .language:
            return LanguageTag.normalised(value)
        case .address:
            return URLPolicy.refusedScheme(of: value, isImageSource: name == "src" && element == "img") == nil
                ? URLPolicy.percentEncoded(value) : nil
        case .style:
            let lowered = value.lowercased()
            let refused = ["url(", "image-set(", "image(", "src(", "expression", "@import", "\\", "<", "javascript:", "behavior"]
            return refused.contains(where: lowered.contains) ? nil : value
        case .keyword(let allowed):
            let lowered = value.lowercased()
            return allowed.contains(lowered) ? lowered : nil
        case .caseSensitiveKeyword(let allowed):
            return allowed.contains(value) ? value : nil
        case .keywordList(let allowed):
            let tokens = value.lowercased().split(whereSeparator: isSpace).map(String.init)
            return !tokens.isEmpty && tokens.allSatisfy(allowed.contains) ? tokens.joined(separator: " ") : nil
        case .integer(let minimum):
            let digits = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
            guard !digits.isEmpty, digits.count <= 9, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let number = Int(value), number >= minimum else { return nil }
            return String(number)
        case .boolean:
            return name
        }
    }

    /// An identifier as HTML allows it: white space becomes `-`; nil when nothing is left.
    public static func identifier(_ value: String) -> String? {
        let folded = String(value.map { isSpace($0) ? "-" : $0 })
        return folded.isEmpty ? nil : folded
    }

    private enum Kind {
        case text, identifier, tokens, language, address, style, boolean
        case keyword(Set<String>)
        case caseSensitiveKeyword(Set<String>)
        case keywordList(Set<String>)
        case integer(minimum: Int)
    }

    private static func kind(of name: String, on element: String) -> Kind? {
        switch name {
        case "id": return .identifier
        case "class": return .tokens
        case "title": return .text
        case "lang": return .language
        case "dir": return .keyword(["ltr", "rtl", "auto"])
        case "style": return .style
        default: break
        }
        switch (element, name) {
        case ("a", "href"), ("img", "src"), ("blockquote", "cite"), ("q", "cite"), ("del", "cite"), ("ins", "cite"):
            return .address
        case ("a", "hreflang"): return .language
        case ("a", "target"): return .keyword(["_blank", "_self", "_parent", "_top"])
        case ("a", "rel"):
            return .keywordList(["alternate", "author", "bookmark", "external", "help", "license", "next",
                                 "nofollow", "noopener", "noreferrer", "prev", "search", "tag"])
        case ("img", "alt"), ("th", "abbr"): return .text
        case ("img", "width"), ("img", "height"): return .integer(minimum: 0)
        case ("ol", "start"): return .integer(minimum: Int.min)
        case ("ol", "reversed"): return .boolean
        case ("ol", "type"): return .caseSensitiveKeyword(["1", "a", "A", "i", "I"])
        case ("td", "colspan"), ("th", "colspan"): return .integer(minimum: 1)
        case ("td", "rowspan"), ("th", "rowspan"): return .integer(minimum: 0)
        case ("th", "scope"): return .keyword(["row", "col", "rowgroup", "colgroup"])
        default: return nil
        }
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{0C}"
    }
}
