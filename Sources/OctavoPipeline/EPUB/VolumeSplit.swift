import OctavoModel

/// How `--split-by` divides the posts of a book into volumes: by the year of each
/// post's date, or by its first category.
public enum VolumeSplit: String, Sendable, CaseIterable {
    case year
    case category

    /// The volume a document goes into: its year (`2019`), else `undated`; its first
    /// category, else `uncategorized`.
    func key(of document: Document) -> String {
        switch self {
        case .year: document.metadata.date.map { String($0.year) } ?? "undated"
        case .category: document.metadata.categories.first ?? "uncategorized"
        }
    }

    /// `bookPath` with the volume's key before the extension: `blog.epub` and `2019`
    /// give `blog-2019.epub`. Characters a file name cannot hold become `-`.
    static func path(of bookPath: String, key: String) -> String {
        let safeKey = String(key.map { $0 == "/" || $0 == "\0" || $0.isWhitespace ? "-" : $0 }).trimmingCharacters(in: ".")
        let slash = bookPath.lastIndex(of: "/")
        let nameStart = slash.map { bookPath.index(after: $0) } ?? bookPath.startIndex
        guard let dot = bookPath[nameStart...].lastIndex(of: "."), dot != nameStart else { return bookPath + "-" + safeKey }
        return String(bookPath[..<dot]) + "-" + safeKey + String(bookPath[dot...])
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        return text.isEmpty ? "volume" : String(text)
    }
}
