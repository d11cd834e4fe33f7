/// Reading scalars for `Decodable` types, with `DecodingError`s naming what was found.
extension JSONTree {
    func decodeBool(at index: Int, codingPath: @autoclosure () -> [any CodingKey]) throws -> Bool {
        switch nodes[index].kind {
        case .true: return true
        case .false: return false
        default: throw mismatch(Bool.self, expected: "a boolean", at: index, codingPath: codingPath())
        }
    }

    func decodeString(at index: Int, codingPath: @autoclosure () -> [any CodingKey]) throws -> String {
        switch nodes[index].kind {
        case .string, .escapedString: return string(at: index)
        default: throw mismatch(String.self, expected: "a string", at: index, codingPath: codingPath())
        }
    }

    /// An integer; a number with a fraction or exponent is accepted if its value is a whole
    /// number that fits.
    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, at index: Int, codingPath: @autoclosure () -> [any CodingKey]) throws -> T {
        guard nodes[index].kind == .number else {
            throw mismatch(type, expected: "an integer", at: index, codingPath: codingPath())
        }
        if let value = integer(at: index, as: type) { return value }
        let text = numberText(at: index)
        let double = Double(text)
        if let double, let value = T(exactly: double) { return value }
        let isWhole = double.map { $0 == $0.rounded() } ?? false
        throw DecodingError.dataCorrupted(DecodingError.Context(
            codingPath: codingPath(),
            debugDescription: isWhole ? "\(text) does not fit in \(type)" : "\(text) is not an integer"))
    }

    /// A floating-point number; one too large for `T` is an error, not infinity.
    func decodeFloat<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, at index: Int, codingPath: @autoclosure () -> [any CodingKey]) throws -> T {
        guard nodes[index].kind == .number else {
            throw mismatch(type, expected: "a number", at: index, codingPath: codingPath())
        }
        let text = numberText(at: index)
        guard let value = T(text), value.isFinite else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: codingPath(), debugDescription: "\(text) does not fit in \(type)"))
        }
        return value
    }

    /// `valueNotFound` for null, else `typeMismatch`.
    func mismatch(_ type: Any.Type, expected: String, at index: Int, codingPath: [any CodingKey]) -> DecodingError {
        let found: String
        switch nodes[index].kind {
        case .null:
            return DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: codingPath, debugDescription: "expected \(expected), found null"))
        case .true, .false: found = "a boolean"
        case .number: found = "the number \(numberText(at: index))"
        case .string, .escapedString: found = "a string"
        case .array: found = "an array"
        case .object: found = "an object"
        }
        return DecodingError.typeMismatch(type, DecodingError.Context(
            codingPath: codingPath, debugDescription: "expected \(expected), found \(found)"))
    }
}
