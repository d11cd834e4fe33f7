import OctavoModel
import OctavoXML

/// Whether an SVG image may go into a book: well-formed XML (parsed without network
/// or entities) with no document type but the W3C's SVG ones, whose root is an SVG `svg`
/// element, with no scripts, no event handlers, no embedded foreign content, no
/// animation that sets an address or a handler, no `javascript:` anywhere, and no
/// reference to anything outside the image itself (every `href` and `url(…)` must be
/// a `#fragment`).
enum SVGSafety {
    static let namespace = "http://www.w3.org/2000/svg"
    /// The public identifiers of the W3C's SVG document types, which editors write and
    /// reading systems know without reading anything.
    static let svgDocumentTypes: Set<String> = ["-//W3C//DTD SVG 1.1//EN", "-//W3C//DTD SVG 1.0//EN", "-//W3C//DTD SVG 1.1 Tiny//EN",
                                                "-//W3C//DTD SVG 1.1 Basic//EN"]

    /// Why `bytes` is refused, or nil when the image is safe to carry.
    static func problem(_ bytes: [UInt8], path: String) -> String? {
        let scan = XMLNodeScan(bytes, path: path)
        if let error = scan.diagnostics.first(where: { $0.severity == .error }) {
            return "SVG image is not well-formed XML (\(error.position.line):\(error.position.column): \(error.message))"
        }
        guard let root = scan.nodes.first(where: { !$0.isProcessingInstruction }), root.name == "svg", root.namespace == namespace else {
            return "SVG image has no svg root element in the SVG namespace"
        }
        if let documentType = scan.documentType {
            if documentType.hasDeclarations { return "SVG image declares a document type of its own" }
            let publicIdentifier = documentType.publicIdentifier ?? ""
            guard documentType.systemIdentifier == nil || svgDocumentTypes.contains(publicIdentifier) else {
                return "SVG image names an outside document type \(documentType.systemIdentifier ?? "")"
            }
        }
        for node in scan.nodes {
            if node.isProcessingInstruction {
                if node.name == "xml-stylesheet" { return "SVG image loads a stylesheet" }
                continue
            }
            let name = node.name.lowercased()
            if name == "script" || name == "foreignobject" || name == "handler" || name == "listener" {
                return "SVG image contains a \(node.name) element"
            }
            if node.namespace == "http://www.w3.org/1999/xhtml" { return "SVG image embeds HTML" }
            if name == "style", let reference = externalReference(inCSS: node.text) {
                return "SVG image's style refers to \(reference)"
            }
            if ["animate", "set", "animatemotion", "animatetransform", "animatecolor"].contains(name),
               let target = node.attributes.first(where: { $0.name.lowercased() == "attributename" })?.value.lowercased()
                .split(separator: ":").last.map(String.init),
               target == "href" || target == "src" || target.hasPrefix("on") || target == "style" {
                return "SVG image animates its \(target) attribute"
            }
            for attribute in node.attributes {
                let attributeName = attribute.name.lowercased()
                if attributeName.hasPrefix("on") { return "SVG image has an event handler (\(attribute.name))" }
                if isScriptAddress(attribute.value) { return "SVG image has a javascript: address" }
                if attributeName == "href" || attributeName == "src", !attribute.value.trimmingWhitespace.hasPrefix("#") {
                    return "SVG image refers to \(attribute.value.isEmpty ? "an empty address" : attribute.value)"
                }
                if let reference = externalReference(inCSS: attribute.value) {
                    return "SVG image refers to \(reference)"
                }
            }
        }
        return nil
    }

    /// Whether `value` holds a `javascript:` or `vbscript:` address anywhere, however
    /// spelled with case, white space or control characters in between (animation
    /// values lists such as `values="#a;javascript:…"` included).
    private static func isScriptAddress(_ value: String) -> Bool {
        let letters = String(value.lowercased().unicodeScalars.filter { $0.value > 0x20 && !$0.properties.isWhitespace })
        return letters.contains("javascript:") || letters.contains("vbscript:")
    }

    /// The first `url(…)` not naming a `#fragment`, or `@import`, in CSS text; also any
    /// escape (`\75rl(` spells `url(`) and the functions that take a bare string address.
    private static func externalReference(inCSS text: String) -> String? {
        let lowered = text.lowercased()
        for construct in ["@import", "\\", "image-set(", "image(", "src("] where lowered.contains(construct) {
            return construct == "\\" ? "a CSS escape" : construct
        }
        var rest = Substring(lowered)
        while let start = rest.range(of: "url(") {
            let inside = rest[start.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            if !inside.hasPrefix("#") { return "url(" + String(inside.prefix { $0 != ")" }) + ")" }
            rest = inside
        }
        return nil
    }
}
