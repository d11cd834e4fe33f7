import OctavoParser

/// What Octavo reads from a Jekyll site's `_config.yml` for books: the site's
/// address, `url` followed by `baseurl` (`https://example.org` and `/blog`), used for
/// links to pages of the site that are not in a book; and its `title` and `author`,
/// which name a book of the site's posts when nothing more particular does.
public struct SiteConfiguration: Sendable {
    /// The site's address, or nil when `url` is not an absolute http(s) URL.
    public var url: String?
    /// The path the site is served under (`baseurl`, such as `/blog`), which
    /// site-relative addresses written with `{{ site.baseurl }}` start with.
    public var basePath: String?
    public var title: String?
    /// `author` as text, or its `name` when it is a mapping.
    public var author: String?

    /// The `_config.yml` in `siteRoot`, read as Liquid reads it (`LiquidSite`); nil when
    /// there is no such file or it is not a YAML mapping.
    public init?(siteRoot: String) {
        guard let bytes = try? Input(argument: siteRoot + "/_config.yml").read(),
              let configuration = LiquidSite.configuration(yaml: String(decoding: bytes, as: UTF8.self)) else { return nil }
        self.init(configuration)
    }

    /// The values of a site's `_config.yml`.
    public init(_ configuration: LiquidValue) {
        func text(_ value: LiquidValue) -> String? {
            guard case .string(let text) = value, text.hasText else { return nil }
            return text
        }
        if let url = text(configuration["url"])?.trimmingSlashes, url.hasPrefix("https://") || url.hasPrefix("http://") {
            let base = text(configuration["baseurl"])?.trimmingSlashes ?? ""
            self.url = base.isEmpty ? url : url + "/" + base
        }
        basePath = text(configuration["baseurl"]).map { "/" + $0.trimmingSlashes }.flatMap { $0 == "/" ? nil : $0 }
        title = text(configuration["title"])
        author = text(configuration["author"]) ?? text(configuration["author"]["name"])
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
