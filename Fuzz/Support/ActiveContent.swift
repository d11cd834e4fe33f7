import OctavoXML

/// What in a scanned document could run code in a reading system: a script element,
/// an event-handler attribute, or a `javascript:` address. nil when there is none.
func activeContent(in scan: XMLNodeScan) -> String? {
    for node in scan.nodes where !node.isProcessingInstruction {
        if node.name.lowercased() == "script" { return "a script element" }
        for attribute in node.attributes {
            if attribute.name.lowercased().hasPrefix("on") { return "an event handler \(attribute.name)" }
            if holdsJavaScriptAddress(name: attribute.name, value: attribute.value) {
                return "a javascript: address in \(attribute.name)"
            }
        }
    }
    return nil
}

/// Whether the attribute `name="value"` holds an address with the `javascript:` scheme
/// that a reading system would follow or load, once the white space and control
/// characters browsers ignore are taken out: the whole value of an address attribute,
/// each candidate of a `srcset`, each value of an SVG animation's `values`, or a
/// `url(…)` in a style. Other attributes, such as `alt` and `title`, are text.
func holdsJavaScriptAddress(name: String, value: String) -> Bool {
    let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
    let scheme = "javascript:"
    switch name.lowercased() {
    case "href", "src", "action", "formaction", "data", "poster", "cite", "background", "longdesc", "usemap", "codebase",
         "from", "to", "by":
        return squeezed.hasPrefix(scheme)
    case "srcset":
        return squeezed.split(separator: ",").contains { $0.hasPrefix(scheme) }
    case "values":
        return squeezed.split(separator: ";").contains { $0.hasPrefix(scheme) }
    case "style":
        return squeezed.components(separatedBy: "url(").dropFirst().contains { argument in
            argument.drop { $0 == "\"" || $0 == "'" }.hasPrefix(scheme)
        }
    default:
        return false
    }
}
