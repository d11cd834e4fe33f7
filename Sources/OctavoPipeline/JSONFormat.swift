import OctavoParser

extension InputFormat {
    /// Octavo's JSON document tree, as `-t json` writes it.
    public static let json = InputFormat(name: "json", summary: "Octavo's JSON document tree, as -t json writes it") { bytes, path in
        Reading(document: try JSONDocumentReader().read(bytes, path: path))
    }
}
