internal import CLibXML2

/// A document parsed with Octavo's safe options only: no network access, and any
/// entity declaration stops the parse, so external entities are never fetched and
/// entity expansions (billion laughs) never happen.
final class SafeXMLDocument {
    let pointer: xmlDocPtr

    /// Parses `bytes`, reporting to `collector`; nil when the bytes are not
    /// well-formed XML or declare an entity.
    init?(_ bytes: [UInt8], collector: MessageCollector) {
        guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
            collector.add(.error, line: 1, column: 1, message: bytes.isEmpty ? "empty document" : "document too large for the XML parser")
            return nil
        }
        let parsed: xmlDocPtr? = collector.collect { target in
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    octavo_parse_safely(characters.baseAddress, Int32(characters.count), target)
                }
            }
            if target.pointee.refused != 0 {
                collector.add(.error, line: Int(target.pointee.refused_line), column: Int(target.pointee.refused_column),
                              message: "entity declarations are refused (no external entities, no entity expansion)")
            }
            return document
        }
        guard let parsed else {
            if collector.diagnostics.isEmpty {
                collector.add(.error, line: 1, column: 1, message: "not well-formed XML")
            }
            return nil
        }
        pointer = parsed
    }

    deinit {
        xmlFreeDoc(pointer)
    }
}
