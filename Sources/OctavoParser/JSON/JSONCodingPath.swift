/// A coding path kept as a linked list, so going one level deeper copies nothing;
/// `keys` builds the array `Decoder.codingPath` returns.
indirect enum JSONCodingPath {
    case root
    case member(any CodingKey, parent: JSONCodingPath)
    case element(Int, parent: JSONCodingPath)

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var path = self
        while true {
            switch path {
            case .root:
                return keys.reversed()
            case .member(let key, let parent):
                keys.append(key)
                path = parent
            case .element(let index, let parent):
                keys.append(JSONIndexKey(index))
                path = parent
            }
        }
    }
}

/// The key of an array element in a coding path.
struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) {
        intValue = index
    }

    init?(intValue: Int) {
        self.intValue = intValue
    }

    init?(stringValue: String) {
        return nil
    }
}

/// The key `super`, for `superDecoder()`.
struct JSONSuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}

    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
    }

    init?(intValue: Int) {
        return nil
    }
}
