internal import CLibXML2

/// A fragment of HTML as libxml2's HTML parser reads it inside `<html><body>`; the
/// tree lives as long as this value.
final class HTMLTree {
    private let document: htmlDocPtr

    /// The first top-level node; the fragment is everything from here on.
    var root: xmlNodePtr? { document.pointee.children }

    /// Whether libxml2 stopped reading at elements nested deeper than it allows
    /// (256 levels): what stands deeper and after them is not in the tree.
    let isTruncated: Bool

    /// Parses `html`; nil when libxml2 makes no document of it.
    init?(_ html: String) {
        let bytes = Array(("<html><body>" + html).utf8)
        guard bytes.count <= Int(Int32.max) else { return nil }
        let collector = MessageCollector(path: "")
        let parsed: htmlDocPtr? = collector.collect { _ in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { characters in
                    octavo_parse_html(characters.baseAddress, Int32(characters.count))
                }
            }
        }
        guard let parsed else { return nil }
        document = parsed
        isTruncated = collector.diagnostics.contains { $0.message.contains("Excessive depth") }
    }

    deinit {
        xmlFreeDoc(document)
    }
}
