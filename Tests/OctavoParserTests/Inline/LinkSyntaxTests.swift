import Testing
@testable import OctavoParser

/// Link reference definitions and label normalisation.
@Suite struct LinkSyntaxTests {
    func definition(_ text: String, from offset: Int = 0) -> (LinkReferenceDefinition, Int)? {
        let bytes = Array(text.utf8)
        return LinkSyntax.referenceDefinition(in: bytes[...], from: offset).map { ($0.definition, $0.end) }
    }

    @Test func normalizesLabels() {
        #expect(LinkSyntax.normalizeLabel(Array("  Foo \n\t BAR ".utf8)[...]) == "foo bar")
        #expect(LinkSyntax.normalizeLabel(Array("ẞ".utf8)[...]) == LinkSyntax.normalizeLabel(Array("SS".utf8)[...]))
        #expect(LinkSyntax.normalizeLabel(Array("ΑΓΩ".utf8)[...]) == "αγω")
    }

    @Test func simpleDefinition() {
        let result = definition("[Foo Bar]: /url \"title\"\nrest")
        #expect(result?.0 == LinkReferenceDefinition(label: "foo bar", destination: "/url", title: "title"))
        #expect(result?.1 == 24)
    }

    @Test func destinationAndTitleOnLaterLines() {
        let result = definition("[foo]:\n</my url>\n'the\ntitle'")
        #expect(result?.0 == LinkReferenceDefinition(label: "foo", destination: "/my url", title: "the\ntitle"))
        #expect(result?.1 == 28)
    }

    @Test func escapesAndEntitiesResolved() {
        #expect(definition("[a]: /u\\*&amp; (t\\))")?.0 == LinkReferenceDefinition(label: "a", destination: "/u*&", title: "t)"))
    }

    @Test func junkAfterTitleKeepsDestinationLine() {
        let result = definition("[foo]: /url\n\"title\" ok")
        #expect(result?.0 == LinkReferenceDefinition(label: "foo", destination: "/url", title: ""))
        #expect(result?.1 == 12)
        #expect(definition("[foo]: /url \"title\" ok") == nil)
    }

    @Test func invalidDefinitions() {
        #expect(definition("[foo]:") == nil)
        #expect(definition("[]: /url") == nil)
        #expect(definition("[ ]: /url") == nil)
        #expect(definition("[foo]: <bar>(baz)") == nil)
        #expect(definition("[a[b]: /url") == nil)
        #expect(definition("[" + String(repeating: "x", count: 1000) + "]: /url") == nil)
        #expect(definition("[foo] : /url") == nil)
    }

    @Test func emptyAngleDestination() {
        #expect(definition("[foo]: <>")?.0 == LinkReferenceDefinition(label: "foo", destination: "", title: ""))
    }

    @Test func startsAtTheGivenIndex() {
        let result = definition("xx\n[b]: c", from: 3)
        #expect(result?.0.label == "b")
        #expect(result?.1 == 9)
    }
}
