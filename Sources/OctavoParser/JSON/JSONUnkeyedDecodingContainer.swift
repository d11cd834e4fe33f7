/// The elements of a JSON array, read in order.
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let tree: JSONTree
    let path: JSONCodingPath
    let count: Int?
    private(set) var currentIndex = 0
    /// The node of the element at `currentIndex`.
    private var cursor: Int

    init(tree: JSONTree, array: Int, path: JSONCodingPath) {
        self.tree = tree
        self.path = path
        count = tree.nodes[array].length
        cursor = array + 1
    }

    var codingPath: [any CodingKey] { path.keys }
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// The coding path of the current element.
    private var elementPath: [any CodingKey] { codingPath + [JSONIndexKey(currentIndex)] }

    /// The node of the current element, or `valueNotFound` past the end.
    private func current(_ type: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: elementPath, debugDescription: "the array has only \(count ?? 0) elements"))
        }
        return cursor
    }

    private mutating func advance() {
        cursor = tree.nodes[cursor].next
        currentIndex += 1
    }

    /// Reads the current element with `read`, given its node and coding path, and moves
    /// past it if that succeeds.
    private mutating func next<T>(_ read: (JSONTree, Int, () -> [any CodingKey]) throws -> T) throws -> T {
        let value = try read(tree, current(T.self), { elementPath })
        advance()
        return value
    }

    private func decoder(_ type: Any.Type) throws -> JSONValueDecoder {
        JSONValueDecoder(tree: tree, node: try current(type), path: .element(currentIndex, parent: path))
    }

    mutating func decodeNil() throws -> Bool {
        guard tree.nodes[try current(Never.self)].kind == .null else { return false }
        advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try next { try $0.decodeBool(at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: String.Type) throws -> String {
        try next { try $0.decodeString(at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Double.Type) throws -> Double {
        try next { try $0.decodeFloat(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Float.Type) throws -> Float {
        try next { try $0.decodeFloat(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Int.Type) throws -> Int {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try next { try $0.decodeInteger(type, at: $1, codingPath: $2()) }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try T(from: decoder(type))
        advance()
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try decoder([String: Any].self).container(keyedBy: type)
        advance()
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try decoder([Any].self).unkeyedContainer()
        advance()
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = try decoder(Any.self)
        advance()
        return decoder
    }
}
