import Yams

/// What Octavo reads from a Jekyll site's `_config.yml` for books: the site's
/// address, `url` followed by `baseurl` (`https://example.org` and `/blog`), used for
/// links to pages of the site that are not in a book; and its `title` and `author`,
/// which name a book of the site's posts when nothing more particular does.
public struct SiteConfiguration: Sendable {
    /// The site's address, or nil when `url` is not an absolute http(s) URL.
    public var url: String?
    public var title: String?
    /// `author` as text, or its `name` when it is a mapping.
    public var author: String?

    /// The `_config.yml` in `siteRoot`; nil when there is no such file or it is not a YAML mapping.
    public init?(siteRoot: String) {
        guard let bytes = try? Input(argument: siteRoot + "/_config.yml").read(),
              let node = try? Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)),
              let mapping = node.mapping else { return nil }
        if let url = mapping["url"]?.string?.trimmingSlashes, url.hasPrefix("https://") || url.hasPrefix("http://") {
            let base = mapping["baseurl"]?.string?.trimmingSlashes ?? ""
            self.url = base.isEmpty ? url : url + "/" + base
        }
        title = mapping["title"]?.string.flatMap { $0.hasText ? $0 : nil }
        author = (mapping["author"]?.string ?? mapping["author"]?.mapping?["name"]?.string).flatMap { $0.hasText ? $0 : nil }
    }
}

extension String {
    /// Without slashes at either end.
    fileprivate var trimmingSlashes: String {
        var text = Substring(self)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
