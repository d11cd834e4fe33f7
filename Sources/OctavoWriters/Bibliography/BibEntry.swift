/// One BibTeX entry being written: its type, key and fields in order.
struct BibEntry {
    var type: String
    var key: String
    private(set) var fields: [(name: String, value: String)] = []

    init(type: String, key: String) {
        self.type = type
        self.key = key
    }

    /// Adds a text field, escaped for LaTeX; empty values are left out.
    mutating func text(_ name: String, _ value: String?) {
        raw(name, value.map(TeXEscaping.text))
    }

    /// Adds a URL, DOI or eprint field, kept verbatim; empty values are left out.
    mutating func verbatim(_ name: String, _ value: String?) {
        raw(name, value.map(TeXEscaping.verbatim))
    }

    /// Adds a field written exactly as given; empty values are left out.
    mutating func raw(_ name: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        fields.append((name, value))
    }

    /// `@type{key,`, one `  name = {value},` line per field, then `}`.
    var rendered: String {
        var text = "@\(type){\(key),\n"
        for field in fields { text += "  \(field.name) = {\(field.value)},\n" }
        return text + "}\n"
    }
}
