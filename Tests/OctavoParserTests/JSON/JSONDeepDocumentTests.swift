import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// The deepest nesting the parser keeps survives the JSON round trip on a test thread,
/// and a deeper tree, which Octavo never writes, is refused before it is read.
@Suite struct JSONDeepDocumentTests {
    @Test func readsTheDeepestInlineNesting() throws {
        let markdown = String(repeating: "*", count: 2000) + "a" + String(repeating: "*", count: 2000)
        let document = MarkdownParser(dialect: .commonmark).parse(Source(path: "deep.md", text: markdown))
        try JSONRoundTripTests.checkRoundTrip(document, name: "deep")
    }

    @Test func readsTheDeepestInlineNestingInTheDeepestLists() throws {
        let markdown = String(repeating: "- ", count: 150) + String(repeating: "*", count: 2000) + "a" + String(repeating: "*", count: 2000)
        let document = MarkdownParser(dialect: .commonmark).parse(Source(path: "deep.md", text: markdown))
        try JSONRoundTripTests.checkRoundTrip(document, name: "deep lists")
    }

    @Test func refusesATreeDeeperThanOctavoWrites() {
        var inline = #"{"type":"text","text":"x"}"#
        for _ in 0..<3000 { inline = #"{"type":"emphasis","content":["# + inline + "]}" }
        let json = #"{"version":1,"metadata":{"source":"d"},"blocks":[{"type":"paragraph","content":["# + inline
            + #"]}],"readingList":{"bookmarks":[],"works":[],"links":[]}}"#
        #expect {
            _ = try JSONDocumentReader().read(Array(json.utf8), path: "deep.json")
        } throws: { error in
            "\(error)".contains("nested more than")
        }
    }
}
