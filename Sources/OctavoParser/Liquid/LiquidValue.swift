import OctavoModel

/// A value a Liquid template works with: what `_config.yml` and front matter give,
/// and what filters make. Hashes keep their keys in the order of the file.
public indirect enum LiquidValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([LiquidValue])
    case hash([LiquidEntry])

    /// Whether Liquid counts the value as true: everything but nil and false.
    public var isTruthy: Bool {
        switch self {
        case .null, .bool(false): false
        default: true
        }
    }

    /// The value as text, the way `{{ value }}` writes it: nil is empty, an array is
    /// its items written one after another.
    public var text: String {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): LiquidValue.format(value)
        case .string(let value): value
        case .array(let items): items.map(\.text).joined()
        case .hash: json
        }
    }

    /// The value written as JSON, as the `jsonify` filter writes it.
    public var json: String {
        switch self {
        case .null: "null"
        case .bool, .int: text
        case .double(let value): value.isFinite ? LiquidValue.format(value) : "null"
        case .string(let value): LiquidValue.quoted(value)
        case .array(let items): "[" + items.map(\.json).joined(separator: ",") + "]"
        case .hash(let entries): "{" + entries.map { LiquidValue.quoted($0.key) + ":" + $0.value.json }.joined(separator: ",") + "}"
        }
    }

    /// The value under `key` of a hash, nil for anything else.
    public subscript(key: String) -> LiquidValue {
        guard case .hash(let entries) = self else { return .null }
        return entries.last { $0.key == key }?.value ?? .null
    }

    /// Whether the value is an empty string, array or hash (Liquid's `empty`).
    var isEmpty: Bool {
        switch self {
        case .string(let value): value.isEmpty
        case .array(let items): items.isEmpty
        case .hash(let entries): entries.isEmpty
        default: false
        }
    }

    /// The value as a number, if it is one or a string that reads as one.
    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        case .string(let value): Double(value.trimmingWhitespace)
        default: nil
        }
    }

    /// Converts a front matter value.
    init(_ metadata: MetadataValue) {
        switch metadata {
        case .string(let value): self = .string(value)
        case .int(let value): self = .int(value)
        case .double(let value): self = .double(value)
        case .bool(let value): self = .bool(value)
        case .null: self = .null
        case .list(let items): self = .array(items.map(LiquidValue.init))
        case .map(let entries): self = .hash(entries.map { LiquidEntry(key: $0.key, value: LiquidValue($0.value)) })
        }
    }

    /// A decimal number as Ruby writes a float: always with a fraction (`2.0`).
    private static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let text = String(value)
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// A JSON string literal.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// One key of a Liquid hash and its value.
public struct LiquidEntry: Sendable, Equatable {
    public var key: String
    public var value: LiquidValue

    public init(key: String, value: LiquidValue) {
        self.key = key
        self.value = value
    }
}

extension StringProtocol {
    /// Without ASCII white space (space, tab, line endings, form feed) at either end.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isLiquidWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isLiquidWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Space, tab, LF, CR, vertical tab or form feed: what Liquid's `-` and `strip` remove.
    var isLiquidWhitespace: Bool {
        value == 0x20 || (0x09...0x0D).contains(value)
    }
}
