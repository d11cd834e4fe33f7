import Testing
import OctavoPipeline
import OctavoWriters

@Suite struct RegistryTests {
    @Test func markdownReadersAreRegisteredAndJekyllIsTheDefault() {
        #expect(ReaderRegistry.reader(named: "jekyll") != nil)
        #expect(ReaderRegistry.reader(named: "commonmark") != nil)
        #expect(ReaderRegistry.reader(named: "gfm") != nil)
        #expect(ReaderRegistry.reader(named: "nope") == nil)
        #expect(ReaderRegistry.defaultName == "jekyll")
    }

    @Test func formatListNamesEveryReaderAndWriterWithItsSummary() {
        let text = FormatList.text
        for reader in ReaderRegistry.all {
            #expect(text.contains(reader.name))
            #expect(text.contains(reader.summary))
        }
        for writer in WriterRegistry.all {
            #expect(text.contains(writer.format))
            #expect(text.contains(writer.summary))
        }
    }
}
