import Testing
import OctavoModel
import OctavoPipeline

@Suite struct ConversionTests {
    private let invalid: [UInt8] = Array("a".utf8) + [0xFF] + Array("b\n".utf8)

    @Test func rendersWithTheChosenWriter() {
        let conversion = Conversion(reader: .gfm, writer: SourceNameWriter(options: .init()))
        let result = conversion.convert(Array("# Hi\n".utf8), path: "post.md")
        #expect(result.output?.array == Array("post.md\n".utf8))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func keepsOutputWithWarnings() {
        let conversion = Conversion(reader: .gfm, writer: SourceNameWriter(options: .init()))
        let result = conversion.convert(invalid, path: "bad.md")
        #expect(result.output != nil)
        #expect(result.diagnostics.map(\.description) == ["bad.md:1:2: warning: invalid UTF-8 byte 0xFF at byte offset 1 replaced by U+FFFD"])
    }

    @Test func strictTurnsWarningsIntoErrorsAndDropsOutput() {
        let conversion = Conversion(reader: .gfm, writer: SourceNameWriter(options: .init()), strict: true)
        let result = conversion.convert(invalid, path: "bad.md")
        #expect(result.output == nil)
        #expect(result.diagnostics.map(\.severity) == [.error])
    }

    @Test func reportsAReaderDiagnosticAsIs() {
        let diagnostic = Diagnostic(.error, path: "x.json", position: SourcePosition(line: 2, column: 5), message: "expected a value")
        let failing = InputFormat(name: "failing", summary: "always fails") { _, _ in throw diagnostic }
        let result = Conversion(reader: failing, writer: SourceNameWriter(options: .init())).convert([], path: "x.json")
        #expect(result.output == nil)
        #expect(result.diagnostics == [diagnostic])
    }

    @Test func reportsOtherReaderErrorsAtLineOne() {
        struct Broken: Error, CustomStringConvertible { var description: String { "broken input" } }
        let failing = InputFormat(name: "failing", summary: "always fails") { _, _ in throw Broken() }
        let result = Conversion(reader: failing, writer: SourceNameWriter(options: .init())).convert([], path: "x")
        #expect(result.diagnostics.map(\.description) == ["x:1:1: error: broken input"])
    }

    @Test func readFailureIsReported() throws {
        let folder = try TemporaryFolder()
        let result = Conversion(reader: .gfm, writer: SourceNameWriter(options: .init())).convert(Input(argument: folder.path("none.md")))
        #expect(result.output == nil)
        #expect(result.diagnostics.first?.description.hasSuffix("none.md:1:1: error: cannot read file: No such file or directory") == true)
    }
}
