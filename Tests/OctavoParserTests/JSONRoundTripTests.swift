import Foundation
import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// Parsed documents survive JSON: JSONWriter -> JSONDocumentReader gives the same value,
/// and writing that again gives the same bytes.
@Suite struct JSONRoundTripTests {
    static func checkRoundTrip(_ document: Document, name: String) throws {
        let writer = JSONWriter(options: WriterOptions())
        let json = writer.render(document)
        let read = try JSONDocumentReader().read(json, path: "\(name).json")
        #expect(read == document, "\(name): the document read back differs")
        #expect(writer.render(read) == json, "\(name): the JSON written again differs")
    }

    @Test(arguments: try SharedFiles.fixturePosts())
    func fixturePost(_ url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        var document = try JekyllReader().read(Source(path: "posts/\(url.lastPathComponent)", bytes: bytes))
        document.readingList = ReadingListExtractor().extract(from: document)
        try JSONRoundTripTests.checkRoundTrip(document, name: url.lastPathComponent)
    }
}

/// The same for the conformance examples and the shared corpus.
@Suite struct JSONRoundTripCorpusTests {
    @Test(arguments: try SpecExamples.commonMark() + SpecExamples.gfm())
    func specExample(_ example: SpecExample) throws {
        let document = MarkdownParser(dialect: example.dialect)
            .parse(Source(path: "example-\(example.example).md", text: example.markdown))
        try JSONRoundTripTests.checkRoundTrip(document, name: example.testDescription)
    }

    @Test(arguments: try SharedFiles.posts())
    func corpusPost(_ name: String) throws {
        let bytes = [UInt8](try SharedFiles.data("corpus/posts/\(name)"))
        var document = try JekyllReader().read(Source(path: "posts/\(name)", bytes: bytes))
        document.readingList = ReadingListExtractor().extract(from: document)
        try JSONRoundTripTests.checkRoundTrip(document, name: name)
    }
}
