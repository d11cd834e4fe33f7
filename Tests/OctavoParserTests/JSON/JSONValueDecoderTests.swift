import OctavoModel
import Testing
@testable import OctavoParser

@Suite struct JSONValueDecoderTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try T(from: JSONValueDecoder(tree: JSONParser.parse(Array(json.utf8))))
    }

    /// The error decoding `json` as `T` throws, with its coding path as `a.b[0]`-style text.
    func decodingError<T: Decodable>(_ type: T.Type, _ json: String) -> (error: DecodingError, path: String)? {
        do {
            _ = try decode(type, json)
            return nil
        } catch let error as DecodingError {
            let context: DecodingError.Context
            switch error {
            case .typeMismatch(_, let found), .valueNotFound(_, let found), .keyNotFound(_, let found), .dataCorrupted(let found):
                context = found
            @unknown default:
                return nil
            }
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return (error, path)
        } catch {
            return nil
        }
    }

    func description(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            return context.debugDescription
        @unknown default:
            return ""
        }
    }

    struct Scalars: Codable, Equatable {
        var bool: Bool
        var string: String
        var double: Double
        var float: Float
        var int: Int
        var int8: Int8
        var int16: Int16
        var int32: Int32
        var int64: Int64
        var uint: UInt
        var uint8: UInt8
        var uint16: UInt16
        var uint32: UInt32
        var uint64: UInt64
        var optional: String?
        var style: LinkStyle
    }

    @Test func decodesEveryScalarType() throws {
        let json = """
            {"bool": true, "string": "s\\n", "double": -2.5e-1, "float": 1.5, "int": -9223372036854775808,
             "int8": -128, "int16": 32767, "int32": -1, "int64": 1e3, "uint": 0, "uint8": 255, "uint16": 65535,
             "uint32": 4294967295, "uint64": 18446744073709551615, "optional": null, "style": "bare"}
            """
        let expected = Scalars(
            bool: true, string: "s\n", double: -0.25, float: 1.5, int: .min, int8: -128, int16: 32767, int32: -1,
            int64: 1000, uint: 0, uint8: 255, uint16: 65535, uint32: .max, uint64: .max, optional: nil, style: .bare)
        #expect(try decode(Scalars.self, json) == expected)
    }

    @Test func decodesScalarsInArrays() throws {
        #expect(try decode([Bool].self, "[true, false]") == [true, false])
        #expect(try decode([Int8].self, "[1, -2]") == [1, -2])
        #expect(try decode([UInt64].self, "[0, 1.0]") == [0, 1])
        #expect(try decode([Double].self, "[-0, 1e2]").map(\.sign) == [.minus, .plus])
        #expect(try decode([String?].self, #"["a", null]"#) == ["a", nil])
        #expect(try decode([[Int]].self, "[[], [1, 2], [3]]") == [[], [1, 2], [3]])
    }

    @Test func decodesDictionariesAndOptionalMembers() throws {
        #expect(try decode([String: Int].self, #"{"a": 1, "b": 2}"#) == ["a": 1, "b": 2])
        #expect(try decode(Metadata.self, "{}") == Metadata())
        #expect(try decode(Metadata.self, #"{"source": null}"#) == Metadata())
        #expect(try decode(Metadata.self, #"{"source": "a\u00e9.md"}"#) == Metadata(source: "aé.md"))
    }

    @Test func decodesModelNodes() throws {
        let json = #"{"type": "link", "destination": "/u", "style": "inline", "content": [{"type": "emphasis", "content": [{"type": "text", "text": "x"}]}]}"#
        #expect(try decode(Inline.self, json) == .link(Link(destination: "/u", content: [.emphasis([.text("x")])], style: .inline)))
    }

    @Test func reportsTypeMismatchesAtTheirPath() throws {
        let found = try #require(decodingError([String: [Int]].self, #"{"a": [1, "2"]}"#))
        guard case .typeMismatch = found.error else { Issue.record("\(found.error)"); return }
        #expect(found.path == ".a[1]")
        #expect(description(found.error) == "expected an integer, found a string")
        #expect(description(try #require(decodingError(Bool.self, "1.5")).error) == "expected a boolean, found the number 1.5")
        #expect(description(try #require(decodingError(String.self, "[]")).error) == "expected a string, found an array")
        #expect(description(try #require(decodingError([Int].self, "{}")).error) == "expected an array, found an object")
        #expect(description(try #require(decodingError(Metadata.self, "true")).error) == "expected an object, found a boolean")
    }

    @Test func reportsNullAsAMissingValue() throws {
        let found = try #require(decodingError(SourcePosition.self, #"{"line": null, "column": 1}"#))
        guard case .valueNotFound = found.error else { Issue.record("\(found.error)"); return }
        #expect(found.path == ".line")
        #expect(description(found.error) == "expected an integer, found null")
    }

    @Test func reportsMissingKeysAtTheirObject() throws {
        let found = try #require(decodingError([SourcePosition].self, #"[{"line": 1, "column": 1}, {"line": 2}]"#))
        guard case .keyNotFound(let key, _) = found.error else { Issue.record("\(found.error)"); return }
        #expect(key.stringValue == "column")
        #expect(found.path == "[1]")
    }

    @Test func reportsNumbersThatDoNotFit() throws {
        #expect(description(try #require(decodingError(Int8.self, "300")).error) == "300 does not fit in Int8")
        #expect(description(try #require(decodingError(UInt.self, "-1")).error) == "-1 does not fit in UInt")
        #expect(description(try #require(decodingError(Int.self, "1e30")).error) == "1e30 does not fit in Int")
        #expect(description(try #require(decodingError(Int.self, "1.5")).error) == "1.5 is not an integer")
        #expect(description(try #require(decodingError(Float.self, "1e39")).error) == "1e39 does not fit in Float")
        #expect(description(try #require(decodingError(Double.self, "-1e400")).error) == "-1e400 does not fit in Double")
    }

    @Test func reportsReadingPastTheEndOfAnArray() throws {
        let found = try #require(decodingError(Pair.self, "[1]"))
        guard case .valueNotFound = found.error else { Issue.record("\(found.error)"); return }
        #expect(found.path == "[1]")
        #expect(description(found.error) == "the array has only 1 elements")
    }

    /// Two integers written as an array, read with an unkeyed container.
    struct Pair: Decodable, Equatable {
        var first: Int
        var second: Int
        var sawNull: Bool

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            #expect(container.count == 2 || container.count == 3 || container.count == 1)
            first = try container.decode(Int.self)
            sawNull = try container.decodeNil()
            second = try container.decode(Int.self)
            #expect(container.isAtEnd)
        }
    }

    @Test func readsNullsInUnkeyedContainers() throws {
        let pair = try decode(Pair.self, "[1, null, 2]")
        #expect(pair.first == 1 && pair.second == 2 && pair.sawNull)
        #expect(try decode(Pair.self, "[1, 2]").sawNull == false)
    }

    /// Reads `{"inner": {"x": [true]}}` through nested containers.
    struct Nested: Decodable {
        enum Keys: String, CodingKey { case inner, x }
        var flag: Bool
        var keys: [String]
        var path: String

        init(from decoder: any Decoder) throws {
            let outer = try decoder.container(keyedBy: Keys.self)
            let inner = try outer.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            var array = try inner.nestedUnkeyedContainer(forKey: .x)
            keys = inner.allKeys.map(\.stringValue)
            flag = try array.decode(Bool.self)
            path = (try array.superDecoder()).codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
            #expect(outer.contains(.inner) && !outer.contains(.x))
            #expect(try inner.decodeNil(forKey: .x) == false)
        }
    }

    @Test func readsThroughNestedContainers() throws {
        let nested = try decode(Nested.self, #"{"inner": {"x": [true, null], "unknown": 1}}"#)
        #expect(nested.flag)
        #expect(nested.keys == ["x"])
        #expect(nested.path == "inner/x/1")
    }

    @Test func findsTheNodeAtACodingPath() throws {
        let tree = try JSONParser.parse(Array(#"{"a": [0, {"b": 7}]}"#.utf8))
        let decoder = JSONValueDecoder(tree: tree)
        let path: [any CodingKey] = [JSONIndexKey(0)]
        #expect(tree.node(at: path) == JSONTree.root)
        #expect(tree.nodes[tree.node(at: [Nested.Keys.inner])].offset == 0)
        #expect(decoder.codingPath.isEmpty)
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ name: String) { stringValue = name }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        #expect(tree.nodes[tree.node(at: [Key("a"), JSONIndexKey(1), Key("b")])].offset == 16)
        #expect(tree.nodes[tree.node(at: [Key("a"), JSONIndexKey(5)])].offset == 6)
    }
}
