/// The members of a JSON object, looked up by name.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tree: JSONTree
    let object: Int
    let path: JSONCodingPath

    var codingPath: [any CodingKey] { path.keys }

    var allKeys: [Key] {
        tree.memberNames(of: object).compactMap { Key(stringValue: $0) }
    }

    func contains(_ key: Key) -> Bool {
        tree.member(key.stringValue, of: object) != nil
    }

    /// The node of the member named by `key`, or `keyNotFound`.
    private func value(for key: Key) throws -> Int {
        guard let value = tree.member(key.stringValue, of: object) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "missing property \"\(key.stringValue)\""))
        }
        return value
    }

    private func decoder(for key: Key) throws -> JSONValueDecoder {
        JSONValueDecoder(tree: tree, node: try value(for: key), path: .member(key, parent: path))
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        tree.nodes[try value(for: key)].kind == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try tree.decodeBool(at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try tree.decodeString(at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try tree.decodeFloat(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try tree.decodeFloat(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        try tree.decodeInteger(type, at: value(for: key), codingPath: codingPath + [key])
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: decoder(for: key))
    }

    /// Nil when the member is missing or null, with one lookup instead of the default's three.
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = tree.member(key.stringValue, of: object), tree.nodes[value].kind != .null else { return nil }
        return try T(from: JSONValueDecoder(tree: tree, node: value, path: .member(key, parent: path)))
    }

    /// Nil when the member is missing or null; the model's optional strings come this way.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = tree.member(key.stringValue, of: object), tree.nodes[value].kind != .null else { return nil }
        return try tree.decodeString(at: value, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        guard let value = tree.member("super", of: object) else {
            throw DecodingError.keyNotFound(JSONSuperKey(), DecodingError.Context(
                codingPath: codingPath, debugDescription: "missing property \"super\""))
        }
        return JSONValueDecoder(tree: tree, node: value, path: .member(JSONSuperKey(), parent: path))
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: key)
    }
}
