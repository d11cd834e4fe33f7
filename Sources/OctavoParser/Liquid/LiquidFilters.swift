import OctavoModel

/// Why a filter could not be applied; the output is then left as text.
struct LiquidFilterError: Error {
    var message: String
}

/// What a filter may need besides its input and arguments.
struct LiquidFilterSite {
    /// The site's `baseurl`, without a trailing slash.
    var baseURL: String
    /// The site's `url`.
    var url: String
}

/// The filters Octavo applies, as Liquid and Jekyll define them.
enum LiquidFilters {
    /// Every filter name a template may use.
    static let names: Set<String> = [
        "relative_url", "absolute_url", "append", "prepend", "default", "escape", "xml_escape", "escape_once", "strip",
        "lstrip", "rstrip", "downcase", "upcase", "capitalize", "size", "slice", "replace", "replace_first", "remove",
        "remove_first", "date", "date_to_xmlschema", "date_to_string", "date_to_long_string", "jsonify", "markdownify",
        "first", "last", "join", "split", "plus", "minus", "times", "divided_by", "modulo", "abs", "reverse", "uniq", "compact",
        "strip_newlines", "url_encode", "cgi_escape", "uri_escape", "newline_to_br", "where", "where_exp", "find",
        "find_exp", "sort", "map",
    ]

    static func apply(_ call: String, to input: LiquidValue, _ arguments: [LiquidValue], site: LiquidFilterSite) throws(LiquidFilterError) -> LiquidValue {
        func argument(_ index: Int) throws(LiquidFilterError) -> LiquidValue {
            guard index < arguments.count else { throw LiquidFilterError(message: "filter '\(call)' needs \(index + 1) argument(s)") }
            return arguments[index]
        }
        let text = input.text
        switch call {
        case "relative_url": return .string(relativeURL(text, site: site))
        case "absolute_url":
            if isAbsolute(text) || site.url.isEmpty { return .string(relativeURL(text, site: site)) }
            return .string(encoded(site.url + relativeURL(text, site: site)))
        case "append": return .string(text + (try argument(0)).text)
        case "prepend": return .string((try argument(0)).text + text)
        case "default": return input.isTruthy && !input.isEmpty ? input : try argument(0)
        case "escape", "xml_escape": return .string(escaped(text))
        case "escape_once": return .string(escaped(text, keepingEntities: true))
        case "strip": return .string(text.trimmingWhitespace)
        case "lstrip": return .string(String(text.unicodeScalars.drop { $0.isLiquidWhitespace }))
        case "rstrip": return .string(String(String.UnicodeScalarView(text.unicodeScalars.reversed().drop { $0.isLiquidWhitespace }.reversed())))
        case "downcase": return .string(text.lowercased())
        case "upcase": return .string(text.uppercased())
        case "capitalize": return .string(text.prefix(1).uppercased() + text.dropFirst())
        case "size":
            switch input {
            case .array(let items): return .int(items.count)
            case .hash(let entries): return .int(entries.count)
            case .string(let value): return .int(value.count)
            default: return .int(0)
            }
        case "slice": return try slice(input, try argument(0), arguments.count > 1 ? arguments[1] : .int(1))
        case "replace": return .string(text.replacingAll((try argument(0)).text, with: (try argument(1)).text))
        case "replace_first": return .string(text.replacingFirst((try argument(0)).text, with: (try argument(1)).text))
        case "remove": return .string(text.replacingAll((try argument(0)).text, with: ""))
        case "remove_first": return .string(text.replacingFirst((try argument(0)).text, with: ""))
        case "date":
            let format = (try argument(0)).text
            guard !format.isEmpty, let date = LiquidDate(input) else { return input }
            return .string(date.formatted(format))
        case "date_to_xmlschema": return LiquidDate(input).map { .string($0.formatted("%Y-%m-%dT%H:%M:%S%:z")) } ?? input
        case "date_to_string": return LiquidDate(input).map { .string($0.formatted("%d %b %Y")) } ?? input
        case "date_to_long_string": return LiquidDate(input).map { .string($0.formatted("%d %B %Y")) } ?? input
        case "jsonify": return .string(input.json)
        case "markdownify": return .string(text)
        case "first", "last":
            switch input {
            case .array(let items): return (call == "first" ? items.first : items.last) ?? .null
            case .string(let value): return (call == "first" ? value.first : value.last).map { .string(String($0)) } ?? .null
            default: return .null
            }
        case "join":
            guard case .array(let items) = input else { return input }
            return .string(items.map(\.text).joined(separator: arguments.first?.text ?? " "))
        case "split": return .array(split(text, by: (try argument(0)).text).map { .string($0) })
        case "plus", "minus", "times", "divided_by", "modulo": return try arithmetic(call, input, try argument(0))
        case "abs":
            switch input {
            case .int(let number): return number == .min ? input : .int(abs(number))
            case .double(let number): return .double(abs(number))
            default:
                guard let number = input.number else { return .int(0) }
                return Int(exactly: number).map { .int(abs($0)) } ?? .double(abs(number))
            }
        case "where", "find":
            guard case .array(let items) = input else { return input }
            let key = (try argument(0)).text
            let wanted = arguments.count > 1 ? arguments[1] : nil
            let kept = items.filter { item in
                let value = item[key]
                guard let wanted else { return value.isTruthy }
                if case .array(let values) = value { return values.contains { $0.text == wanted.text } }
                return value.text == wanted.text
            }
            return call == "find" ? kept.first ?? .null : .array(kept)
        case "sort":
            let key = arguments.first?.text
            return .array(try sorted(listed(input)) { item in key.map { item[$0] } ?? item })
        case "map":
            let key = (try argument(0)).text
            return .array(listed(input).map { $0[key] })
        case "reverse":
            guard case .array(let items) = input else { return input }
            return .array(items.reversed())
        case "uniq":
            guard case .array(let items) = input else { return input }
            var kept: [LiquidValue] = []
            for item in items where !kept.contains(item) { kept.append(item) }
            return .array(kept)
        case "compact":
            guard case .array(let items) = input else { return input }
            return .array(items.filter { $0 != .null })
        case "strip_newlines": return .string(text.replacingAll("\r\n", with: "").replacingAll("\n", with: ""))
        case "newline_to_br": return .string(text.replacingAll("\n", with: "<br />\n"))
        case "url_encode", "cgi_escape": return .string(percentEncoded(text, keeping: "-_.*", spaceAsPlus: true))
        case "uri_escape": return .string(encoded(text))
        default: throw LiquidFilterError(message: "unknown filter '\(call)'")
        }
    }

    /// A value as a list, as Liquid's list filters take it: nil is empty, anything but a
    /// list is a list of itself.
    private static func listed(_ value: LiquidValue) -> [LiquidValue] {
        switch value {
        case .array(let items): items
        case .null: []
        default: [value]
        }
    }

    /// Items in order of `key(item)`: numbers by value, strings by their characters;
    /// nil last. Mixing numbers and strings is an error, as in Liquid.
    private static func sorted(_ items: [LiquidValue], by key: (LiquidValue) -> LiquidValue) throws(LiquidFilterError) -> [LiquidValue] {
        let keys = items.map(key)
        let present = keys.filter { $0 != .null }
        let numbers = present.allSatisfy { if case .int = $0 { true } else if case .double = $0 { true } else { false } }
        let strings = present.allSatisfy { if case .string = $0 { true } else { false } }
        guard numbers || strings else { throw LiquidFilterError(message: "filter 'sort' cannot compare these values") }
        let order = keys.indices.sorted { left, right in
            switch (keys[left], keys[right]) {
            case (.null, .null): return left < right
            case (.null, _): return false
            case (_, .null): return true
            case (.string(let a), .string(let b)): return a == b ? left < right : a < b
            default:
                let a = keys[left].number ?? 0, b = keys[right].number ?? 0
                return a == b ? left < right : a < b
            }
        }
        return order.map { items[$0] }
    }

    /// `relative_url`: the site's base URL before a path, unless the path is an absolute URL.
    static func relativeURL(_ path: String, site: LiquidFilterSite) -> String {
        guard !isAbsolute(path) else { return path }
        func leadingSlash(_ part: String) -> String { part.isEmpty || part.hasPrefix("/") ? part : "/" + part }
        return encoded(leadingSlash(site.baseURL) + leadingSlash(path))
    }

    /// Whether `text` starts with a URL scheme (`https:`, `mailto:`).
    private static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// A URL with bytes a URL cannot hold (spaces, non-ASCII) percent-encoded.
    private static func encoded(_ text: String) -> String {
        percentEncoded(text, keeping: "-._~:/?#[]@!$&'()*+,;=%", spaceAsPlus: false)
    }

    private static func percentEncoded(_ text: String, keeping kept: String, spaceAsPlus: Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || kept.unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if byte == 0x20, spaceAsPlus {
                result += "+"
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    private static func escaped(_ text: String, keepingEntities: Bool = false) -> String {
        var result = ""
        var rest = Substring(text)
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "&":
                let entity = rest.prefix { $0 != ";" && $0 != "&" && $0 != " " }
                if keepingEntities, entity.count < rest.count, rest[entity.endIndex] == ";", !entity.isEmpty,
                   entity.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }) {
                    result += "&"
                } else {
                    result += "&amp;"
                }
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `slice: start, length` on a string (in characters) or an array; a negative start counts from the end.
    private static func slice(_ input: LiquidValue, _ start: LiquidValue, _ length: LiquidValue) throws(LiquidFilterError) -> LiquidValue {
        guard case .int(var from) = start, case .int(let count) = length else {
            throw LiquidFilterError(message: "filter 'slice' needs integers")
        }
        if case .array(let items) = input {
            if from < 0 { from += items.count }
            guard from >= 0, from < items.count, count > 0 else { return .array([]) }
            return .array(Array(items[from..<from + min(items.count - from, count)]))
        }
        let characters = Array(input.text)
        if from < 0 { from += characters.count }
        guard from >= 0, from < characters.count, count > 0 else { return .string("") }
        return .string(String(characters[from..<from + min(characters.count - from, count)]))
    }

    /// Ruby's `String#split`: a single space splits at runs of white space; empty
    /// pieces at the end are dropped; an empty separator splits into characters.
    private static func split(_ text: String, by separator: String) -> [String] {
        if separator == " " {
            return text.unicodeScalars.split(whereSeparator: \.isLiquidWhitespace).map { String($0) }
        }
        if separator.isEmpty { return text.map(String.init) }
        var pieces = text.liquidPieces(separatedBy: separator)
        while pieces.last == "" { pieces.removeLast() }
        return pieces
    }

    private static func arithmetic(_ call: String, _ input: LiquidValue, _ operand: LiquidValue) throws(LiquidFilterError) -> LiquidValue {
        func integer(_ value: LiquidValue) -> Int? {
            if case .int(let number) = value { return number }
            if case .string(let text) = value { return Int(text.trimmingWhitespace) }
            return value == .null ? 0 : nil
        }
        if let left = integer(input), let right = integer(operand) {
            switch call {
            case "plus": return .int(left &+ right)
            case "minus": return .int(left &- right)
            case "times": return .int(left &* right)
            default:
                guard right != 0 else { throw LiquidFilterError(message: "\(call == "modulo" ? "modulo" : "division") by zero") }
                let (quotient, overflow) = left.dividedReportingOverflow(by: right)
                guard !overflow else { throw LiquidFilterError(message: "filter '\(call)': the result is too large") }
                let remainder = left - quotient * right
                let isInexactNegative = remainder != 0 && (remainder < 0) != (right < 0)
                if call == "divided_by" { return .int(isInexactNegative ? quotient - 1 : quotient) }
                return .int(isInexactNegative ? remainder + right : remainder)
            }
        }
        guard let left = input == .null ? 0 : input.number, let right = operand.number else {
            throw LiquidFilterError(message: "filter '\(call)' needs numbers")
        }
        switch call {
        case "plus": return .double(left + right)
        case "minus": return .double(left - right)
        case "times": return .double(left * right)
        case "divided_by": return .double(left / right)
        default: return .double(left - right * (left / right).rounded(.down))
        }
    }
}

extension String {
    /// Splits at every occurrence of `separator`, keeping empty pieces.
    func liquidPieces(separatedBy separator: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return liquidPieces(separatedBy: target).joined(separator: replacement)
    }

    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = firstRange(of: target) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }
}
