import OctavoModel

extension Metadata {
    /// What a list of posts (an outline, a bookmark folder, a section of a pandoc
    /// document) calls the post: its title, else its slug, else its source, else
    /// `Untitled`, the first with text.
    var listingName: String {
        [title, slug, source].lazy.compactMap { $0 }.first { $0.hasText } ?? "Untitled"
    }
}

extension Sequence {
    /// The elements grouped by the section path `path` gives them: the sections in the
    /// order they first appear, each with its elements in order.
    func groupedBySection(_ path: (Element) -> [String]) -> [(section: [String], members: [Element])] {
        var sections: [[String]] = []
        var grouped: [[String]: [Element]] = [:]
        for element in self {
            let section = path(element)
            if grouped[section] == nil { sections.append(section) }
            grouped[section, default: []].append(element)
        }
        return sections.map { ($0, grouped[$0, default: []]) }
    }
}
