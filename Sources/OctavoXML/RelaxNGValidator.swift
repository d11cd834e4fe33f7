internal import CLibXML2
import OctavoModel

/// Checks XML documents against one compiled RelaxNG schema.
///
/// Documents are parsed with the safe options of `SafeXMLDocument`; a document that is
/// not well-formed gets the parser's messages instead of validity messages. One
/// validator may be used for many documents, from one thread at a time.
public final class RelaxNGValidator {
    private let schema: xmlRelaxNGPtr

    /// Compiles the schema text; `name` is the path its messages carry.
    public init(schema text: String, name: String) throws(SchemaError) {
        let collector = MessageCollector(path: name)
        let bytes = Array(text.utf8)
        let compiled: xmlRelaxNGPtr? = collector.collect { target in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters -> xmlRelaxNGPtr? in
                    guard let parser = xmlRelaxNGNewMemParserCtxt(characters.baseAddress, Int32(characters.count)) else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(parser) }
                    xmlRelaxNGSetParserStructuredErrors(parser, octavo_forward_message, target)
                    return xmlRelaxNGParse(parser)
                }
            }
        }
        guard let compiled else {
            var diagnostics = collector.diagnostics
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(.error, path: name, position: SourcePosition(line: 1, column: 1), message: "invalid RelaxNG schema"))
            }
            throw SchemaError(diagnostics: diagnostics)
        }
        schema = compiled
    }

    /// Compiles an embedded schema.
    public convenience init(_ embedded: EmbeddedSchema) throws(SchemaError) {
        try self.init(schema: embedded.text, name: "schemas/" + embedded.name)
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// The problems found in `bytes`, located by line and column, as messages about
    /// `path`; empty when the document is well-formed and valid.
    public func validate(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        let collector = MessageCollector(path: path)
        guard let document = SafeXMLDocument(bytes, collector: collector) else { return collector.diagnostics }
        let status: Int32 = collector.collect { target in
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, octavo_forward_message, target)
            return withExtendedLifetime(document) { xmlRelaxNGValidateDoc(context, document.pointer) }
        }
        if status != 0, !collector.diagnostics.contains(where: { $0.severity == .error }) {
            collector.add(.error, line: 1, column: 1, message: status < 0 ? "libxml2 could not run the validation" : "document does not match the schema")
        }
        return collector.diagnostics
    }
}
