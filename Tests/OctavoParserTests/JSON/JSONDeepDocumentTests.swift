import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// The deepest inline nesting the parser keeps survives the JSON round trip on a test thread.
@Suite struct JSONDeepDocumentTests {
    @Test func readsTheDeepestInlineNesting() throws {
        let markdown = String(repeating: "*", count: 2000) + "a" + String(repeating: "*", count: 2000)
        let document = MarkdownParser(dialect: .commonmark).parse(Source(path: "deep.md", text: markdown))
        try JSONRoundTripTests.checkRoundTrip(document, name: "deep")
    }
}
