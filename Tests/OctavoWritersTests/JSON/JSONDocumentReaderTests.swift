import OctavoModel
import OctavoParser
import Testing

@Suite struct JSONDocumentReaderTests {
    let reader = JSONDocumentReader()

    func read(_ text: String) throws -> Document {
        try reader.read(Array(text.utf8), path: "in.json")
    }

    func diagnostic(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test func readsAMinimalDocument() throws {
        let document = try read(#"{"version": 1, "metadata": {"source": "a.md"}, "blocks": []}"#)
        #expect(document == Document(metadata: Metadata(source: "a.md"), blocks: []))
    }

    @Test func rejectsAnotherVersion() {
        let found = diagnostic("{\n  \"version\": 2,\n  \"metadata\": {},\n  \"blocks\": []\n}\n")
        #expect(found?.severity == .error)
        #expect(found?.path == "in.json")
        #expect(found?.position == SourcePosition(line: 2, column: 14))
        #expect(found?.message.contains("version 2") == true)
        #expect(found?.message.contains("at version:") == true)
    }

    @Test func rejectsAMissingVersion() {
        let found = diagnostic(#"{"metadata": {}, "blocks": []}"#)
        #expect(found?.message.contains("missing property \"version\"") == true)
    }

    @Test func rejectsAnUnknownInlineTypeNamingItsPath() {
        let text = """
            {"version": 1, "metadata": {}, "blocks": [
              {"type": "paragraph", "range": {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1}},
               "content": [{"type": "text", "text": "a"}, {"type": "blink"}]}
            ]}
            """
        let found = diagnostic(text)
        #expect(found?.message == #"invalid document at blocks[0].content[1].type: unknown inline type "blink""#)
        #expect(found?.position == SourcePosition(line: 3, column: 56))
    }

    @Test func rejectsAnUnknownBlockType() {
        let found = diagnostic(#"{"version": 1, "metadata": {}, "blocks": [{"type": "sidebar", "range": {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1}}}]}"#)
        #expect(found?.message == #"invalid document at blocks[0].type: unknown block type "sidebar""#)
        #expect(found?.position == SourcePosition(line: 1, column: 52))
    }

    @Test func reportsTheLineAndColumnOfASyntaxError() {
        let found = diagnostic("{\n  \"version\": 1,\n  \"metadata\" {},\n  \"blocks\": []\n}\n")
        #expect(found?.position == SourcePosition(line: 3, column: 14))
        #expect(found?.message == "invalid JSON: unexpected '{', expected ':'")
    }

    @Test func reportsTruncatedInput() {
        let found = diagnostic("{\"version\": 1, \"blocks\": [")
        #expect(found?.message == "invalid JSON: unexpected end of input, expected a value")
        #expect(found?.position.line == 1)
    }

    @Test func reportsAWrongTypeAtItsValue() {
        let found = diagnostic("{\"version\": \"1\", \"metadata\": {}, \"blocks\": []}")
        #expect(found?.position == SourcePosition(line: 1, column: 13))
        #expect(found?.message.hasPrefix("invalid document at version:") == true)
    }

    @Test func rejectsTablesWithMissingCells() {
        let found = diagnostic(#"{"version": 1, "metadata": {}, "blocks": [{"type": "table", "range": {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1}}, "alignments": ["none"], "header": [[]], "rows": [[[], []]]}]}"#)
        #expect(found?.message == "invalid document at blocks[0].rows: row 0 has 2 cells for 1 columns")
    }

    @Test func rejectsHeadingLevelsOutOfRange() {
        let found = diagnostic(#"{"version": 1, "metadata": {}, "blocks": [{"type": "heading", "range": {"start": {"line": 1, "column": 1}, "end": {"line": 1, "column": 1}}, "level": 7, "style": "atx", "content": []}]}"#)
        #expect(found?.message == "invalid document at blocks[0].level: heading level 7 is not between 1 and 6")
    }
}
