/// A `Decoder` over one value of a `JSONTree`; it is also that value's single-value container.
struct JSONValueDecoder: Decoder, SingleValueDecodingContainer {
    let tree: JSONTree
    let node: Int
    let path: JSONCodingPath

    /// A decoder for the top-level value of `tree`.
    init(tree: JSONTree) {
        self.init(tree: tree, node: JSONTree.root, path: .root)
    }

    init(tree: JSONTree, node: Int, path: JSONCodingPath) {
        self.tree = tree
        self.node = node
        self.path = path
    }

    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tree.nodes[node].kind == .object else {
            throw tree.mismatch([String: Any].self, expected: "an object", at: node, codingPath: codingPath)
        }
        return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(tree: tree, object: node, path: path))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tree.nodes[node].kind == .array else {
            throw tree.mismatch([Any].self, expected: "an array", at: node, codingPath: codingPath)
        }
        return JSONUnkeyedDecodingContainer(tree: tree, array: node, path: path)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    // MARK: SingleValueDecodingContainer

    func decodeNil() -> Bool {
        tree.nodes[node].kind == .null
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        try tree.decodeBool(at: node, codingPath: codingPath)
    }

    func decode(_ type: String.Type) throws -> String {
        try tree.decodeString(at: node, codingPath: codingPath)
    }

    func decode(_ type: Double.Type) throws -> Double {
        try tree.decodeFloat(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Float.Type) throws -> Float {
        try tree.decodeFloat(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Int.Type) throws -> Int {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Int8.Type) throws -> Int8 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Int16.Type) throws -> Int16 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Int32.Type) throws -> Int32 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: Int64.Type) throws -> Int64 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: UInt.Type) throws -> UInt {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: UInt8.Type) throws -> UInt8 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: UInt16.Type) throws -> UInt16 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: UInt32.Type) throws -> UInt32 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode(_ type: UInt64.Type) throws -> UInt64 {
        try tree.decodeInteger(type, at: node, codingPath: codingPath)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: self)
    }
}
