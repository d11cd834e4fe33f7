import Foundation
import OctavoModel
import Testing

/// The JSON shape of metadata and of front matter values.
@Suite struct MetadataCodingTests {
    let coding = CodingTests()

    static let valueCases: [(MetadataValue, String)] = [
        (.string("x"), #"{"type": "string", "value": "x"}"#),
        (.int(-3), #"{"type": "int", "value": -3}"#),
        (.double(1.5), #"{"type": "double", "value": 1.5}"#),
        (.bool(false), #"{"type": "bool", "value": false}"#),
        (.null, #"{"type": "null"}"#),
        (.list([.int(1), .null]), #"{"type": "list", "items": [{"type": "int", "value": 1}, {"type": "null"}]}"#),
        (.map([MetadataEntry(key: "z", value: .bool(true)), MetadataEntry(key: "a", value: .list([]))]),
         #"{"type": "map", "entries": [{"key": "z", "value": {"type": "bool", "value": true}}, {"key": "a", "value": {"type": "list", "items": []}}]}"#),
    ]

    @Test(arguments: 0..<valueCases.count)
    func valueShape(_ index: Int) throws {
        let (value, json) = MetadataCodingTests.valueCases[index]
        #expect(try coding.decode(MetadataValue.self, json) == value)
        #expect(try coding.encodedObject(value) == coding.object(json))
    }

    @Test func aWholeDoubleStaysADouble() throws {
        let encoded = try JSONEncoder().encode(MetadataValue.double(2))
        #expect(try JSONDecoder().decode(MetadataValue.self, from: encoded) == .double(2))
    }

    @Test func metadataShape() throws {
        let metadata = Metadata(
            source: "p.md", title: "T", date: PostDate(year: 2017, month: 12, day: 22, hour: 10, minute: 30, second: 0, utcOffsetMinutes: 480),
            categories: ["a b"], tags: ["t"], layout: "post", slug: "s", lang: "zh",
            fields: [MetadataEntry(key: "comments", value: .bool(true))])
        let json = #"""
            {"source": "p.md", "title": "T", "date": "2017-12-22T10:30:00+08:00", "slug": "s", "layout": "post", "lang": "zh",
             "categories": ["a b"], "tags": ["t"], "fields": [{"key": "comments", "value": {"type": "bool", "value": true}}]}
            """#
        #expect(try coding.decode(Metadata.self, json) == metadata)
        #expect(try coding.encodedObject(metadata) == coding.object(json))
    }

    @Test func absentValuesAndEmptyListsAreOmitted() throws {
        #expect(try coding.encodedObject(Metadata(title: "T")) == coding.object(#"{"title": "T"}"#))
        #expect(try coding.decode(Metadata.self, "{}") == Metadata())
    }

    @Test func rejectsAnInvalidDateAndAnUnknownValueType() {
        #expect(throws: DecodingError.self) { try coding.decode(Metadata.self, #"{"date": "2017-02-30"}"#) }
        #expect(throws: DecodingError.self) { try coding.decode(MetadataValue.self, #"{"type": "date", "value": "x"}"#) }
    }
}
