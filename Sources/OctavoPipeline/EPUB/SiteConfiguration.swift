import Yams

/// What Octavo reads from a Jekyll site's `_config.yml`: the site's address, `url`
/// followed by `baseurl` (`https://example.org` and `/blog`), used for links to pages
/// of the site that are not in a book.
public enum SiteConfiguration {
    /// The site URL the `_config.yml` in `siteRoot` gives, or nil when there is no
    /// such file, it is not a YAML mapping, or it has no absolute http(s) `url`.
    public static func siteURL(inSiteRoot siteRoot: String) -> String? {
        guard let bytes = try? Input(argument: siteRoot + "/_config.yml").read(),
              let node = try? Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)),
              let mapping = node.mapping,
              let url = mapping["url"]?.string?.trimmingSlashes, url.hasPrefix("https://") || url.hasPrefix("http://") else { return nil }
        let base = mapping["baseurl"]?.string?.trimmingSlashes ?? ""
        return base.isEmpty ? url : url + "/" + base
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
