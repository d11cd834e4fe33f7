import OctavoModel

/// The value of a plain (unquoted) YAML scalar under the YAML 1.1 rules Jekyll's
/// YAML library follows: null, booleans (including `yes`, `no`, `on`, `off`),
/// decimal and hexadecimal integers, finite decimal numbers, else a string.
enum PlainScalar {
    static func value(_ text: String) -> MetadataValue {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON":
            return .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF":
            return .bool(false)
        default:
            if let number = integer(text) { return .int(number) }
            if let number = decimal(text) { return .double(number) }
            return .string(text)
        }
    }

    /// `[-+]?(0|[1-9][0-9_]*)` or `[-+]?0x[0-9a-fA-F_]+`, if it fits an `Int`.
    private static func integer(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        var radix = 10
        if digits.hasPrefix("0x") {
            radix = 16
            digits = digits.dropFirst(2)
        } else if digits.count > 1 && digits.hasPrefix("0") || digits.hasPrefix("_") {
            return nil
        }
        let cleaned = digits.filter { $0 != "_" }
        guard !cleaned.isEmpty, cleaned.allSatisfy(\.isHexDigit), let magnitude = Int(cleaned, radix: radix) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// A finite number with a decimal point or an exponent, such as `1.5`, `-.5` or `1e3`.
    private static func decimal(_ text: String) -> Double? {
        let cleaned = text.filter { $0 != "_" }
        guard cleaned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }),
              cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              cleaned.contains(where: \.isNumber),
              let number = Double(cleaned), number.isFinite else { return nil }
        return number
    }
}
