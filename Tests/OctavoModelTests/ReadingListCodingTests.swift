import Foundation
import OctavoModel
import Testing

/// The JSON shape of the reading list, checked against hand-written JSON.
@Suite struct ReadingListCodingTests {
    let coding = CodingTests()
    static let rangeJSON = CodingTests.rangeJSON
    static let range = CodingTests.range

    @Test func bookmarkShapeOmitsAMissingTitle() throws {
        let bookmark = Bookmark(contentID: "b-1", url: "https://a.org/", notes: ["n"], sectionPath: ["S"], range: Self.range, line: 2)
        let json = #"{"id": "b-1", "url": "https://a.org/", "notes": ["n"], "sectionPath": ["S"], "range": \#(Self.rangeJSON), "line": 2}"#
        #expect(try coding.decode(Bookmark.self, json) == bookmark)
        #expect(try coding.encodedObject(bookmark) == coding.object(json))
        var titled = bookmark
        titled.title = "T"
        #expect(try coding.encodedObject(titled)?["title"] as? String == "T")
    }

    @Test func workShapeOmitsAMissingContext() throws {
        let work = Work(contentID: "w-1", title: "书", kind: .standalone, range: Self.range, line: 3)
        let json = #"{"id": "w-1", "title": "书", "kind": "standalone", "sectionPath": [], "range": \#(Self.rangeJSON), "line": 3}"#
        #expect(try coding.decode(Work.self, json) == work)
        #expect(try coding.encodedObject(work) == coding.object(json))
        let mention = Work(contentID: "w-2", title: "书", kind: .mention, context: "读《书》。", range: Self.range)
        #expect(try coding.decode(Work.self, JSONEncoder().encode(mention).utf8String) == mention)
    }

    @Test func inlineLinkShape() throws {
        let link = InlineLink(contentID: "l-1", url: "u", text: "t", sectionPath: ["A", "B"], range: Self.range)
        let json = #"{"id": "l-1", "url": "u", "text": "t", "sectionPath": ["A", "B"], "range": \#(Self.rangeJSON), "line": 1}"#
        #expect(try coding.decode(InlineLink.self, json) == link)
        #expect(try coding.encodedObject(link) == coding.object(json))
    }

    @Test func aRepeatsIDCarriesItsOccurrence() throws {
        let json = #"{"id": "b-0123456789abcdef-2", "url": "u", "notes": [], "sectionPath": [], "range": \#(Self.rangeJSON), "line": 1}"#
        let bookmark = try coding.decode(Bookmark.self, json)
        #expect(bookmark.contentID == "b-0123456789abcdef" && bookmark.occurrence == 2)
        #expect(try coding.encodedObject(bookmark) == coding.object(json))
    }

    @Test func rejectsAnUnknownWorkKind() {
        let json = #"{"id": "w-1", "title": "t", "kind": "footnote", "sectionPath": [], "range": \#(Self.rangeJSON), "line": 1}"#
        #expect(throws: DecodingError.self) { try coding.decode(Work.self, json) }
    }
}

extension Data {
    fileprivate var utf8String: String { String(decoding: self, as: UTF8.self) }
}
