import OctavoModel
import Testing

/// A reference's id is its content id and its occurrence, and reads back into them.
@Suite struct ReferencesTests {
    static let range = CodingTests.range

    @Test func idJoinsContentIDAndOccurrence() {
        #expect(Bookmark(contentID: "b-0123456789abcdef", url: "u", range: Self.range).id == "b-0123456789abcdef")
        #expect(Work(contentID: "w-0123456789abcdef", occurrence: 2, title: "t", kind: .standalone, range: Self.range).id
            == "w-0123456789abcdef-2")
        #expect(InlineLink(contentID: "l-0123456789abcdef", occurrence: 12, url: "u", text: "t", range: Self.range).id
            == "l-0123456789abcdef-12")
    }

    @Test func idsReadBackIntoTheirParts() {
        #expect(Bookmark.parts(ofID: "b-0123456789abcdef") == ("b-0123456789abcdef", 1))
        #expect(Bookmark.parts(ofID: "b-0123456789abcdef-2") == ("b-0123456789abcdef", 2))
        #expect(Bookmark.parts(ofID: "b-0123456789abcdef-10") == ("b-0123456789abcdef", 10))
        for id in ["b-1", "b", "b-x-1", "b-x-", "b-x-+2", "b-x-２", "-2", "b-x-99999999999999999999"] {
            #expect(Bookmark.parts(ofID: id) == (id, 1), "\(id)")
        }
    }
}
