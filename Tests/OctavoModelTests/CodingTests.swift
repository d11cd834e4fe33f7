import Foundation
import OctavoModel
import Testing

/// The JSON shape of each node, checked against hand-written JSON.
@Suite struct CodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }

    func encodedObject<T: Encodable>(_ value: T) throws -> NSDictionary? {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value)) as? NSDictionary
    }

    func object(_ json: String) throws -> NSDictionary? {
        try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary
    }

    static let range = SourceRange(start: SourcePosition(line: 1, column: 2), end: SourcePosition(line: 3, column: 4))
    static let rangeJSON = #"{"start": {"line": 1, "column": 2}, "end": {"line": 3, "column": 4}}"#

    static let inlineCases: [(Inline, String)] = [
        (.text("a"), #"{"type": "text", "text": "a"}"#),
        (.softBreak, #"{"type": "softBreak"}"#),
        (.lineBreak, #"{"type": "lineBreak"}"#),
        (.code("x"), #"{"type": "code", "text": "x"}"#),
        (.emphasis([.text("e")]), #"{"type": "emphasis", "content": [{"type": "text", "text": "e"}]}"#),
        (.strong([]), #"{"type": "strong", "content": []}"#),
        (.strikethrough([.softBreak]), #"{"type": "strikethrough", "content": [{"type": "softBreak"}]}"#),
        (.link(Link(destination: "u", content: [], style: .bare)),
         #"{"type": "link", "destination": "u", "style": "bare", "content": []}"#),
        (.link(Link(destination: "u", title: "t", content: [.text("x")], style: .reference)),
         #"{"type": "link", "destination": "u", "title": "t", "style": "reference", "content": [{"type": "text", "text": "x"}]}"#),
        (.image(Image(source: "i.png", title: "t", description: [.text("d")], style: .inline)),
         #"{"type": "image", "source": "i.png", "title": "t", "style": "inline", "description": [{"type": "text", "text": "d"}]}"#),
        (.html("<b>"), #"{"type": "html", "text": "<b>"}"#),
        (.footnoteReference("n"), #"{"type": "footnoteReference", "label": "n"}"#),
    ]

    static let blockCases: [(Block, String)] = [
        (Block(.paragraph([.text("p")]), range: range),
         #"{"type": "paragraph", "range": \#(rangeJSON), "content": [{"type": "text", "text": "p"}]}"#),
        (Block(.heading(Heading(level: 2, content: [], style: .setext)), range: range, attributes: Attributes(id: "h")),
         #"{"type": "heading", "range": \#(rangeJSON), "attributes": {"id": "h", "classes": [], "pairs": []}, "level": 2, "style": "setext", "content": []}"#),
        (Block(.thematicBreak, range: range), #"{"type": "thematicBreak", "range": \#(rangeJSON)}"#),
        (Block(.blockQuote([Block(.thematicBreak, range: range)]), range: range),
         #"{"type": "blockQuote", "range": \#(rangeJSON), "blocks": [{"type": "thematicBreak", "range": \#(rangeJSON)}]}"#),
        (Block(.list(List(marker: .bullet("*"), isTight: true, items: [ListItem(blocks: [], task: .checked, range: range)])), range: range),
         #"{"type": "list", "range": \#(rangeJSON), "marker": {"type": "bullet", "character": "*"}, "tight": true, "items": [{"range": \#(rangeJSON), "task": "checked", "blocks": []}]}"#),
        (Block(.list(List(marker: .ordered(start: 3, delimiter: .parenthesis), isTight: false, items: [ListItem(blocks: [], range: range)])), range: range),
         #"{"type": "list", "range": \#(rangeJSON), "marker": {"type": "ordered", "start": 3, "delimiter": ")"}, "tight": false, "items": [{"range": \#(rangeJSON), "blocks": []}]}"#),
        (Block(.codeBlock(CodeBlock(style: .fenced, info: "swift", text: "x\n")), range: range),
         #"{"type": "codeBlock", "range": \#(rangeJSON), "style": "fenced", "info": "swift", "text": "x\n"}"#),
        (Block(.codeBlock(CodeBlock(style: .indented, info: "", text: "")), range: range),
         #"{"type": "codeBlock", "range": \#(rangeJSON), "style": "indented", "text": ""}"#),
        (Block(.html("<div>\n"), range: range), #"{"type": "html", "range": \#(rangeJSON), "text": "<div>\n"}"#),
        (Block(.table(Table(alignments: [.center], header: [[.text("h")]], rows: [[[]]])), range: range),
         #"{"type": "table", "range": \#(rangeJSON), "alignments": ["center"], "header": [[{"type": "text", "text": "h"}]], "rows": [[[]]]}"#),
        (Block(.footnoteDefinition(FootnoteDefinition(label: "n", blocks: [])), range: range, attributes: Attributes(classes: ["c"], pairs: [KeyValue(key: "k", value: "v")])),
         #"{"type": "footnoteDefinition", "range": \#(rangeJSON), "attributes": {"classes": ["c"], "pairs": [{"key": "k", "value": "v"}]}, "label": "n", "blocks": []}"#),
    ]

    @Test(arguments: 0..<inlineCases.count)
    func inlineShape(_ index: Int) throws {
        let (inline, json) = CodingTests.inlineCases[index]
        #expect(try decode(Inline.self, json) == inline)
        #expect(try encodedObject(inline) == object(json))
    }

    @Test(arguments: 0..<blockCases.count)
    func blockShape(_ index: Int) throws {
        let (block, json) = CodingTests.blockCases[index]
        #expect(try decode(Block.self, json) == block)
        #expect(try encodedObject(block) == object(json))
    }

    @Test func documentShape() throws {
        let document = Document(metadata: Metadata(source: "a.md"), blocks: [Block(.thematicBreak, range: CodingTests.range)])
        let emptyList = #""readingList": {"bookmarks": [], "works": [], "links": []}"#
        let json = #"{"version": 1, "metadata": {"source": "a.md"}, "blocks": [{"type": "thematicBreak", "range": \#(CodingTests.rangeJSON)}], \#(emptyList)}"#
        #expect(try decode(Document.self, json) == document)
        #expect(try encodedObject(document) == object(json))
        #expect(try encodedObject(Document(blocks: [])) == object(#"{"version": 1, "metadata": {}, "blocks": [], \#(emptyList)}"#))
        #expect(try decode(Document.self, #"{"version": 1, "metadata": {}, "blocks": []}"#) == Document(blocks: []))
    }

    @Test func rejectsAnotherFormatVersion() {
        #expect {
            try decode(Document.self, #"{"version": 2, "metadata": {}, "blocks": []}"#)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["version"] && context.debugDescription.contains("version 2")
        }
    }

    @Test func rejectsUnknownTypesWithTheirCodingPath() {
        let json = #"{"type": "blockQuote", "range": \#(CodingTests.rangeJSON), "blocks": [{"type": "paragraph", "range": \#(CodingTests.rangeJSON), "content": [{"type": "underline"}]}]}"#
        #expect {
            try decode(Block.self, json)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return path == ["blocks", "0", "content", "0", "type"] && context.debugDescription == #"unknown inline type "underline""#
        }
        #expect(throws: DecodingError.self) { try decode(Block.self, #"{"type": "aside", "range": \#(CodingTests.rangeJSON)}"#) }
        #expect(throws: DecodingError.self) { try decode(ListMarker.self, #"{"type": "roman", "start": 1}"#) }
    }

    @Test func rejectsABulletOfSeveralCharacters() {
        #expect(throws: DecodingError.self) { try decode(ListMarker.self, #"{"type": "bullet", "character": "--"}"#) }
    }

    @Test func rejectsAHeaderWithTheWrongNumberOfCells() {
        #expect(throws: DecodingError.self) {
            try decode(Table.self, #"{"alignments": ["left", "right"], "header": [[]], "rows": []}"#)
        }
    }
}
