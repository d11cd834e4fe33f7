/// The URLs `post_url` and `link` give, as Jekyll places posts, pages and collection documents.
extension LiquidRenderState {
    /// `post_url 2010-07-21-name` (maybe in a subfolder of `_posts`): the post's URL.
    func postURL(_ name: String) -> String? {
        let file = String(name.split(separator: "/").last ?? "")
        guard let parsed = PostFileName(path: file), let date = parsed.date else { return nil }
        let url = renderer.site.permalink.url(year: date.year, month: date.month, day: date.day, slug: parsed.slug, categories: [])
        return LiquidFilters.relativeURL(url, site: renderer.site.filterSite)
    }

    /// `link PATH`: a post in `_posts/` gets its permalink, a document of a collection
    /// `_config.yml` names its collection's (`/:collection/:path:output_ext` by
    /// default); another page its path with `.html`.
    func linkURL(_ path: String) -> String? {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        guard !trimmed.isEmpty else { return nil }
        if trimmed.hasPrefix("_posts/") { return postURL(String(trimmed.dropFirst("_posts/".count))) }
        if trimmed.hasPrefix("_") { return collectionURL(trimmed) }
        var page = trimmed
        if let dot = page.lastIndex(of: "."), !page[dot...].contains("/") {
            let ext = page[page.index(after: dot)...].lowercased()
            if ["md", "markdown", "mkd", "mkdn", "mdown", "html", "htm"].contains(ext) { page = page[..<dot] + ".html" }
        }
        return LiquidFilters.relativeURL("/" + page, site: renderer.site.filterSite)
    }

    /// The URL of `_name/rest.md` in the collection `name`, if `_config.yml` lists it.
    func collectionURL(_ path: String) -> String? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let collection = String(path[path.index(after: path.startIndex)..<slash])
        var document = String(path[path.index(after: slash)...])
        if let dot = document.lastIndex(of: "."), !document[dot...].contains("/") { document = String(document[..<dot]) }
        let collections = renderer.site.configuration["collections"]
        let settings: LiquidValue
        switch collections {
        case .hash(let entries):
            guard let entry = entries.last(where: { $0.key == collection }) else { return nil }
            settings = entry.value
        case .array(let names):
            guard names.contains(.string(collection)) else { return nil }
            settings = .null
        default:
            return nil
        }
        let name = String(document.split(separator: "/").last ?? "")
        let pattern = settings["permalink"].text.isEmpty ? "/:collection/:path:output_ext" : settings["permalink"].text
        var url = pattern
        for (key, value) in [(":collection", collection), (":path", document), (":name", name), (":title", name), (":output_ext", ".html")] {
            url = url.replacingAll(key, with: value)
        }
        return LiquidFilters.relativeURL(url, site: renderer.site.filterSite)
    }
}
