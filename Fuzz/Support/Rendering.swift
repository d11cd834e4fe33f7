@testable import OctavoPipeline
import OctavoModel
import OctavoParser
import OctavoWriters

/// Renders `document` to HTML, XHTML and JSON and checks what every output promises:
/// valid UTF-8, XHTML that passes the built-in schema, and a JSON tree that reads back
/// into a document whose JSON is the same bytes.
func checkOutputs(of document: Document, path: String) {
    let options = WriterOptions()
    let html = HTMLWriter(options: options).rendering(document).bytes.array
    invariant(isValidUTF8(html), "HTML output is not valid UTF-8")
    let xhtml = PostRendering(document, writer: XHTMLWriter(options: options), path: path)
    let schemaProblems = xhtml.diagnostics.filter { $0.severity == .error }
    invariant(schemaProblems.isEmpty, "XHTML output fails its schema: \(schemaProblems.map(\.description))")
    invariant(isValidUTF8(xhtml.output.array), "XHTML output is not valid UTF-8")
    let json = JSONWriter(options: options).rendering(document).bytes.array
    invariant(isValidUTF8(json), "JSON output is not valid UTF-8")
    do {
        let tree = try JSONDocumentReader().read(json, path: path + ".json")
        let again = JSONWriter(options: options).rendering(tree).bytes.array
        invariant(again == json, "md → json → tree → json changed the JSON")
    } catch {
        invariant(false, "Octavo's own JSON did not read back: \(error)")
    }
}
