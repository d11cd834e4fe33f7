import Foundation
import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

@Suite struct JSONWriterTests {
    let writer = JSONWriter(options: WriterOptions())
    let reader = JSONDocumentReader()

    @Test(arguments: [1, 64, 1 << 16])
    func piecesMakeUpTheRendering(pieceSize: Int) {
        var pieces: [[UInt8]] = []
        writer.write(SampleDocument.document, inPiecesOf: pieceSize) { piece in
            pieces.append(Array(piece))
            return true
        }
        #expect(pieces.joined().elementsEqual(writer.render(SampleDocument.document)))
        #expect(pieces.dropLast().allSatisfy { $0.count >= pieceSize })
        if pieceSize == 1 {
            #expect(pieces.count > SampleDocument.document.blocks.count)
        }
    }

    @Test func noPieceIsHandedOverOnceRefused() {
        var pieces = 0
        writer.write(SampleDocument.document, inPiecesOf: 1) { _ in
            pieces += 1
            return false
        }
        #expect(pieces == 1)
    }

    @Test func sampleUsesEveryBlockAndInlineKind() {
        let names = SampleDocument.kindNames(in: SampleDocument.document.blocks)
        #expect(names.blocks == SampleDocument.allBlockNames)
        #expect(names.inlines == SampleDocument.allInlineNames)
    }

    @Test func roundTripGivesTheSameDocument() throws {
        let json = writer.render(SampleDocument.document)
        let read = try reader.read(json, path: "sample.json")
        #expect(read == SampleDocument.document)
    }

    @Test func roundTripIsByteIdentical() throws {
        let json = writer.render(SampleDocument.document)
        let again = writer.render(try reader.read(json, path: "sample.json"))
        #expect(again == json)
    }

    @Test func writerAndCodableFormDecodeToTheSameValue() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = try encoder.encode(SampleDocument.document)
        let fromEncoder = try JSONDecoder().decode(Document.self, from: encoded)
        let fromWriter = try JSONDecoder().decode(Document.self, from: Data(writer.render(SampleDocument.document)))
        #expect(fromEncoder == fromWriter)
        #expect(fromWriter == SampleDocument.document)
    }

    @Test func writerAndCodableFormHaveTheSameStructure() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = try JSONSerialization.jsonObject(with: encoder.encode(SampleDocument.document)) as? NSDictionary
        let written = try JSONSerialization.jsonObject(with: Data(writer.render(SampleDocument.document))) as? NSDictionary
        #expect(encoded != nil)
        #expect(encoded == written)
    }

    @Test func matchesGoldenFile() throws {
        try GoldenFile("sample-document.json").check(writer.render(SampleDocument.document))
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let document = Document(blocks: [
            Block(.paragraph([.text("a\"b\\c\nd\re\tf\u{00}g\u{08}h\u{0C}i\u{1F}j\u{7F}k/")]), range: SampleDocument.range(1, 1, 1, 1)),
        ])
        let json = String(decoding: writer.render(document), as: UTF8.self)
        #expect(json.contains(#""text":"a\"b\\c\nd\re\tf\u0000g\u0008h\u000ci\u001fj"# + "\u{7F}k/\""))
    }

    /// Strings are checked for escapes sixteen bytes at a time with the last sixteen
    /// checked on their own, so every length and every place of the character matters.
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\u{1F}"])
    func escapesACharacterAnywhereInAStringOfAnyLength(_ special: String) {
        let filler = Array("ab深cdefghijklmnopqrstuvwxyz0123456789".unicodeScalars)
        for length in 0...40 {
            for position in 0...length {
                let text = String(String.UnicodeScalarView(filler.prefix(position))) + special
                    + String(String.UnicodeScalarView(filler.prefix(length - position)))
                let document = Document(blocks: [Block(.paragraph([.text(text)]), range: SampleDocument.range(1, 1, 1, 1))])
                let json = String(decoding: writer.render(document), as: UTF8.self)
                #expect(json.contains("\"text\":\"" + Self.escaped(text) + "\"}"), "\(length) \(position)")
            }
        }
    }

    @Test func writesLineAndColumnNumbersOfEveryWidth() throws {
        let numbers = [1, 9, 10, 99, 100, 101, 999, 1_000, 12_345, 99_999, 100_000, 1_234_567, Int.max]
        let blocks = numbers.map { Block(.thematicBreak, range: SampleDocument.range($0, $0, $0, $0)) }
        let json = String(decoding: writer.render(Document(blocks: blocks)), as: UTF8.self)
        for number in numbers {
            #expect(json.contains("{\"line\":\(number),\"column\":\(number)}"))
        }
        #expect(try reader.read(Array(json.utf8), path: "numbers.json").blocks == blocks)
    }

    @Test func writesNegativeIntegers() throws {
        let values = [-1, -9, -10, -99, -100, -12_345, Int.min]
        let fields = values.map { MetadataEntry(key: "n\($0)", value: .int($0)) }
        let document = Document(metadata: Metadata(fields: fields), blocks: [])
        let json = String(decoding: writer.render(document), as: UTF8.self)
        for value in values {
            #expect(json.contains("{\"type\":\"int\",\"value\":\(value)}"))
        }
        #expect(try reader.read(Array(json.utf8), path: "negative.json") == document)
    }

    /// JSON escapes as the writer documents them, character by character.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test func writesNonASCIIAsRawUTF8() {
        let document = Document(blocks: [
            Block(.paragraph([.text("《深度学习》 é 😀 \u{2028}")]), range: SampleDocument.range(1, 1, 1, 1)),
        ])
        let json = writer.render(document)
        #expect(json.firstRange(of: Array("\"text\":\"《深度学习》 é 😀 \u{2028}\"".utf8)) != nil)
        #expect(!json.contains(UInt8(ascii: "\\")))
    }

    @Test func layoutIsCompactAndEndsWithNewline() {
        let document = Document(blocks: [Block(.thematicBreak, range: SampleDocument.range(2, 1, 2, 3))])
        let expected = #"{"version":1,"metadata":{},"blocks":[{"type":"thematicBreak","#
            + #""range":{"start":{"line":2,"column":1},"end":{"line":2,"column":3}}}],"#
            + #""readingList":{"bookmarks":[],"works":[],"links":[]}}"# + "\n"
        #expect(String(decoding: writer.render(document), as: UTF8.self) == expected)
    }

    @Test func appendsToExistingOutput() {
        var output = Array("prefix".utf8)
        writer.write(Document(blocks: []), to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "prefix{\"version\":1,\"metadata\":{},\"blocks\":[],"
            + "\"readingList\":{\"bookmarks\":[],\"works\":[],\"links\":[]}}\n")
    }

    @Test func isRegisteredAfterHTML() {
        let formats = WriterRegistry.all.map { $0.format }
        #expect(WriterRegistry.writer(named: "json") == JSONWriter.self)
        #expect(formats.firstIndex(of: "json") == formats.firstIndex(of: "html").map { $0 + 1 })
    }
}
