import OctavoModel
import OctavoPipeline
import OctavoXML
import Testing

@Suite struct ValidationTests {
    static let valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>t</title></head>
          <body>
            <outline type="link" text="a" url="https://example.org/"/>
          </body>
        </opml>

        """

    private func run(_ paths: [String]) -> (Bool, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let valid = Validation(inputs: paths.map(Input.init(argument:))).run { diagnostics.append($0) }
        return (valid, diagnostics)
    }

    @Test func recognisesByExtensionThenByRootElement() {
        let opml = Array(Self.valid.utf8)
        #expect(ValidatedFormat.recognise(path: "a/list.OPML", bytes: [])?.schemaName == .opml2_0)
        #expect(ValidatedFormat.recognise(path: "list.xml", bytes: opml)?.schemaName == .opml2_0)
        let prefixed = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- <html> -->\n<!DOCTYPE o:opml [ <!ELEMENT x (y)> ]>\n<?pi <html>?>\n<o:opml xmlns:o=\"urn:x\"/>"
        #expect(ValidatedFormat.recognise(path: "<stdin>", bytes: Array(prefixed.utf8))?.rootElement == "opml")
        #expect(ValidatedFormat.recognise(path: "page.xml", bytes: Array("<svg/>".utf8)) == nil)
        #expect(ValidatedFormat.recognise(path: "chapter.XHTML", bytes: [])?.schemaName == .xhtmlContent)
        #expect(ValidatedFormat.recognise(path: "chapter.xml", bytes: Array("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>".utf8))?
            .schemaName == .xhtmlContent)
        #expect(ValidatedFormat.recognise(path: "empty", bytes: []) == nil)
    }

    @Test func validFilesGiveNoMessages() throws {
        let folder = try TemporaryFolder()
        let (valid, diagnostics) = run([try folder.write("list.opml", Self.valid), try folder.write("list.xml", Self.valid)])
        #expect(valid)
        #expect(diagnostics.isEmpty)
    }

    @Test func invalidUnknownAndMissingFilesAreErrorsWithPositions() throws {
        let folder = try TemporaryFolder()
        let invalid = try folder.write("bad.opml", Self.valid.replacingOccurrences(of: " url=\"https://example.org/\"", with: ""))
        let unknown = try folder.write("notes.txt", "plain text\n")
        let good = try folder.write("good.opml", Self.valid)
        let (valid, diagnostics) = run([invalid, unknown, folder.path("missing.opml"), good])
        #expect(!valid)
        #expect(diagnostics.contains { $0.path == invalid && $0.severity == .error && $0.position.line == 5 })
        #expect(diagnostics.contains { $0.path == unknown && $0.message.hasPrefix("no schema for this file") })
        #expect(diagnostics.contains { $0.path.hasSuffix("missing.opml") && $0.message.hasPrefix("cannot read file") })
        #expect(!diagnostics.contains { $0.path == good })
    }

    @Test func notWellFormedXMLIsLocated() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("broken.opml", "<opml version=\"2.0\">\n  <head>\n</opml>\n")
        let (valid, diagnostics) = run([path])
        #expect(!valid)
        #expect(diagnostics.contains { $0.severity == .error && $0.position.line == 3 })
    }
}
