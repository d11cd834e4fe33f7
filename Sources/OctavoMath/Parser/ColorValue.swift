/// Turns a TeX color (`red`, `#ff8000`, `[HTML]{FF8000}`, `[rgb]{1,0.5,0}`, `[RGB]{255,128,0}`,
/// `[gray]{0.5}`) into a MathML 3 color value, or nil when it cannot.
enum ColorValue {
    static func parse(model: String?, value: String) -> String? {
        let value = String(value.unicodeScalars.filter { $0 != " " })
        switch model?.trimmingSpaces {
        case nil:
            if value.hasPrefix("#") { return hex(String(value.dropFirst())) }
            guard !value.isEmpty, value.unicodeScalars.allSatisfy({ TeXTokenizer.isLetter($0) }) else { return nil }
            return value
        case "HTML":
            return hex(value)
        case "rgb":
            return components(value, count: 3, scale: 255)
        case "RGB":
            return components(value, count: 3, scale: 1)
        case "gray":
            guard let level = components(value, count: 1, scale: 255) else { return nil }
            let byte = level.dropFirst()
            return "#" + byte + byte + byte
        default:
            return nil
        }
    }

    private static func hex(_ digits: String) -> String? {
        guard digits.count == 6 || digits.count == 3, digits.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
        return "#" + digits
    }

    private static func components(_ text: String, count: Int, scale: Double) -> String? {
        let parts = text.split(separator: ",")
        guard parts.count == count else { return nil }
        var result = "#"
        for part in parts {
            guard let number = Double(part), number >= 0, number * scale <= 255 else { return nil }
            let byte = Int((number * scale).rounded())
            let digits = String(byte, radix: 16)
            result += (digits.count == 1 ? "0" : "") + digits
        }
        return result
    }
}

extension String {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start] == " " { start += 1 }
        while end > start, scalars[end - 1] == " " { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
