import Testing
import OctavoWriters

@Suite struct WriterRegistryTests {
    @Test func findsWritersByFormatName() {
        #expect(WriterRegistry.writer(named: "html") == HTMLWriter.self)
        #expect(WriterRegistry.writer(named: "no-such-format") == nil)
    }

    @Test func formatNamesAreUnique() {
        let names = WriterRegistry.all.map { $0.format }
        #expect(Set(names).count == names.count)
    }
}
