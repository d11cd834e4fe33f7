import OctavoModel
import OctavoXML

extension MarkupRenderer {
    /// ` id="…" class="…" key="…"` for `element`. HTML writes them all as given. XHTML
    /// folds `id` and `class` pairs into the identifier and classes, writes an identifier
    /// only where `identifiers` lets it (`isHeading` for a heading's own), and keeps the
    /// pairs `XHTMLAttributes` accepts on the element, but for those in `written`,
    /// which the element already has.
    mutating func appendAttributes(_ attributes: Attributes, on element: @autoclosure () -> String, isHeading: Bool = false,
                                   written: @autoclosure () -> [String] = [], to output: inout ByteBuffer) {
        guard !attributes.isEmpty else { return }
        guard dialect == .xhtml else {
            if let id = attributes.id { appendAttribute("id", id, to: &output) }
            if !attributes.classes.isEmpty { appendAttribute("class", attributes.classes.joined(separator: " "), to: &output) }
            for pair in attributes.pairs { appendAttribute(pair.key, pair.value, to: &output) }
            return
        }
        let element = element()
        var classes = attributes.classes
        var names = written()
        var pairs: [(String, String)] = []
        for pair in attributes.pairs {
            switch pair.key {
            case "id": continue
            case "class": classes += pair.value.split(separator: " ").map(String.init)
            default:
                guard !names.contains(pair.key), let value = XHTMLAttributes.accepted(pair.key, value: pair.value, on: element) else { continue }
                names.append(pair.key)
                pairs.append((pair.key, value))
            }
        }
        if let id = attributes.xhtmlIdentifier,
           let claimed = isHeading ? identifiers.claimHeading(id) : identifiers.claim(id) {
            appendAttribute("id", claimed, to: &output)
        }
        if let value = XHTMLAttributes.accepted("class", value: classes.joined(separator: " "), on: element) {
            appendAttribute("class", value, to: &output)
        }
        for (name, value) in pairs { appendAttribute(name, value, to: &output) }
    }

    private func appendAttribute(_ name: String, _ value: String, to output: inout ByteBuffer) {
        output.append(" ")
        ByteEscaping.appendEscapedMarkup(name, to: &output)
        output.append("=\"")
        ByteEscaping.appendEscapedMarkup(value, to: &output)
        output.append("\"")
    }
}

extension Attributes {
    /// The identifier XHTML gives the element carrying these attributes where the
    /// document has it free: `id`, else the first `id` pair, white space made `-`.
    var xhtmlIdentifier: String? {
        (id ?? pairs.first { $0.key == "id" }?.value).flatMap(XHTMLAttributes.identifier)
    }
}
