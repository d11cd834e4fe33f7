import OctavoModel
import OctavoWriters
import Testing

/// Renderings kept in a writer's own memory read like the arrays they replace.
@Suite struct RenderedBytesTests {
    static let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 9))
    static let document = Document(metadata: Metadata(source: "a.md"), blocks: [
        Block(.paragraph([.text("Hello, "), .emphasis([.text("world")]), .text(" 世界")]), range: range),
        Block(.codeBlock(CodeBlock(style: .fenced, info: "swift", text: "let x = \"1\"\n")), range: range),
    ])

    @Test(arguments: [WriterRegistry.writer(named: "json"), WriterRegistry.writer(named: "html")])
    func aRenderingHoldsTheBytesTheWriterWrites(writer: (any Writer.Type)?) throws {
        let writer = try #require(writer).init(options: WriterOptions())
        let rendered = writer.rendering(Self.document).bytes
        let written = writer.render(Self.document)
        #expect(!written.isEmpty)
        #expect(rendered.array == written)
        #expect(rendered.count == written.count)
        #expect(Array(rendered) == written)
        #expect(rendered == RenderedBytes(written))
        #expect(rendered.withUnsafeBufferPointer { Array($0) } == written)
    }

    @Test func bytesOfDifferentLengthOrContentDiffer() {
        #expect(RenderedBytes(Array("abc".utf8)) != RenderedBytes(Array("abd".utf8)))
        #expect(RenderedBytes(Array("abc".utf8)) != RenderedBytes(Array("ab".utf8)))
        #expect(RenderedBytes([]) == RenderedBytes([]))
        #expect(RenderedBytes([]).isEmpty)
    }
}
