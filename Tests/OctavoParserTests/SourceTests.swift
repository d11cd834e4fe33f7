import Testing
@testable import OctavoParser

@Suite struct SourceTests {
    @Test func replacesNulWithoutWarning() {
        let source = Source(path: "a.md", bytes: [0x61, 0x00, 0x62])
        #expect(source.bytes == [0x61, 0xEF, 0xBF, 0xBD, 0x62])
        #expect(source.diagnostics.isEmpty)
    }

    @Test func replacesInvalidUTF8WithWarningNamingOffset() {
        let source = Source(path: "a.md", bytes: Array("ok\nx".utf8) + [0xFF] + Array("y".utf8))
        #expect(source.bytes == Array("ok\nx\u{FFFD}y".utf8))
        #expect(source.diagnostics.count == 1)
        #expect(source.diagnostics[0].description == "a.md:2:2: warning: invalid UTF-8 byte 0xFF at byte offset 4 replaced by U+FFFD")
    }

    @Test func keepsValidMultibyteText() {
        let text = "深度学习 — ok"
        let source = Source(path: "a.md", text: text)
        #expect(source.bytes == Array(text.utf8))
        #expect(source.diagnostics.isEmpty)
    }

    @Test func dropsByteOrderMark() {
        let source = Source(path: "a.md", bytes: [0xEF, 0xBB, 0xBF, 0x61])
        #expect(source.bytes == [0x61])
    }

    @Test func rejectsOverlongAndSurrogateSequences() {
        let source = Source(path: "a.md", bytes: [0xC0, 0x80, 0xED, 0xA0, 0x80])
        #expect(!source.diagnostics.isEmpty)
        #expect(String(decoding: source.bytes, as: UTF8.self).unicodeScalars.allSatisfy { $0 == "\u{FFFD}" })
    }

    @Test func positionsCountLinesAndByteColumns() {
        let source = Source(path: "a.md", text: "ab\r\ncd\ne")
        #expect(source.position(ofOffset: 0) == .init(line: 1, column: 1))
        #expect(source.position(ofOffset: 5) == .init(line: 2, column: 2))
        #expect(source.position(ofOffset: 7) == .init(line: 3, column: 1))
    }
}
