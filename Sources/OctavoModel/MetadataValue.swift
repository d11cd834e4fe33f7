/// A front matter value kept as it was typed in the file.
public indirect enum MetadataValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case list([MetadataValue])
    /// Keys and values in the order of the file.
    case map([MetadataEntry])
}

/// One key of a front matter mapping and its value; in JSON `{"key":"k","value":{...}}`.
public struct MetadataEntry: Sendable, Hashable, Codable {
    public var key: String
    public var value: MetadataValue

    public init(key: String, value: MetadataValue) {
        self.key = key
        self.value = value
    }
}
