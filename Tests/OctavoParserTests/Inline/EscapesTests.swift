import Testing
@testable import OctavoParser

/// Backslash escapes and character references.
@Suite struct EscapesTests {
    func unescape(_ text: String) -> String {
        Escapes.unescape(Array(text.utf8)[...])
    }

    @Test func backslashEscapesOnlyPunctuation() {
        #expect(unescape("\\*\\_\\\\\\a\\ ") == "*_\\\\a\\ ")
    }

    @Test func namedEntities() {
        #expect(unescape("&amp;&copy;&AElig;&Dcaron;&frac34;&HilbertSpace;&ngE;") == "&©ÆĎ¾ℋ≧̸")
        #expect(unescape("&nbsp &x; &amp") == "&nbsp &x; &amp")
        #expect(HTMLEntities.table.count == 2125)
    }

    @Test func numericReferences() {
        #expect(unescape("&#35;&#1234;&#992;&#X22;&#xD06;&#xcab;") == "#ӒϠ\"ആಫ")
        #expect(unescape("&#0;&#xD800;&#x110000;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(unescape("&#87654321;&#abcdef0;&#;&#x;") == "&#87654321;&#abcdef0;&#;&#x;")
    }

    @Test func slicesWithOffsetIndices() {
        let bytes = Array("ab&lt;".utf8)
        #expect(Escapes.unescape(bytes[2...]) == "<")
    }
}
