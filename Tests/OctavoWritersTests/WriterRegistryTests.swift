import Testing
import OctavoModel
import OctavoWriters

@Suite struct WriterRegistryTests {
    @Test func findsWritersByFormatName() {
        #expect(WriterRegistry.writer(named: "html") == HTMLWriter.self)
        #expect(WriterRegistry.writer(named: "no-such-format") == nil)
    }

    @Test func formatNamesAreUnique() {
        let names = WriterRegistry.all.map { $0.format }
        #expect(Set(names).count == names.count)
        let collections = WriterRegistry.collections.map { $0.format }
        #expect(Set(collections).count == collections.count)
    }

    @Test func pandocJSONIsPerPostAndACollection() {
        #expect(WriterRegistry.writer(named: "pandoc-json") == PandocJSONWriter.self)
        #expect(WriterRegistry.collectionWriter(named: "pandoc-json") == PandocJSONWriter.self)
        #expect(!WriterRegistry.collectionsOnly.contains { $0.format == "pandoc-json" })
        for format in ["csljson", "ris", "bookmarks"] {
            #expect(WriterRegistry.collectionsOnly.contains { $0.format == format }, "\(format)")
        }
    }

    @Test func everyWritersPiecesMakeUpItsRendering() {
        for writerType in WriterRegistry.all {
            let writer = writerType.init(options: WriterOptions())
            var pieces: [UInt8] = []
            writer.write(SampleDocument.document, inPiecesOf: 64) { piece in
                pieces.append(contentsOf: piece)
                return true
            }
            #expect(pieces == writer.render(SampleDocument.document), "\(writerType.format)")
        }
    }

    @Test func onlyWritersWithoutASchemaStream() {
        #expect(WriterRegistry.all.filter { $0.streams }.map { $0.format } == ["json"])
        #expect(WriterRegistry.all.allSatisfy { !$0.streams || $0.schemaName == nil })
    }
}
