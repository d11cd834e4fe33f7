/// Identifier, classes and ordered key-value pairs attached to a node.
public struct Attributes: Sendable, Hashable, Codable {
    public var id: String?
    public var classes: [String]
    public var pairs: [KeyValue]

    public init(id: String? = nil, classes: [String] = [], pairs: [KeyValue] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// True when no identifier, class or pair is set.
    public var isEmpty: Bool { id == nil && classes.isEmpty && pairs.isEmpty }
}

/// One attribute `key="value"`; order is preserved as written.
public struct KeyValue: Sendable, Hashable, Codable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
