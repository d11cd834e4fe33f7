import OctavoParser

extension InputFormat {
    /// Jekyll posts: YAML front matter, a dated file name, a Markdown body whose Liquid
    /// is rendered against the post's site (the nearest folder above it with a
    /// `_config.yml`). A post whose front matter says `published: false` is left out,
    /// as Jekyll leaves it out of the site.
    public static let jekyll = jekyll(siteRoot: nil)

    /// Jekyll posts whose site is the folder `siteRoot` (`--site-root`), or, when nil,
    /// the nearest folder above each post holding `_config.yml`; with
    /// `includesUnpublished` (`--unpublished`), `published: false` posts are read too.
    public static func jekyll(siteRoot: String?, includesUnpublished: Bool = false) -> InputFormat {
        let sites = LiquidSiteCache()
        return InputFormat(
            name: "jekyll", summary: "Jekyll posts: YAML front matter, dated file names (YYYY-M-D-slug.md), kramdown body"
        ) { bytes, path in
            let source = Source(path: path, bytes: bytes)
            let isStandardInput = path == Input.standardInputPath
            let (site, siteWarnings) = sites.site(given: siteRoot, postPath: isStandardInput ? nil : path)
            var (document, warnings) = try JekyllReader().reading(source, usesFileName: !isStandardInput, site: site)
            document.readingList = ReadingListExtractor().extract(from: document)
            let isLeftOut = !includesUnpublished && document.metadata[field: "published"] == .bool(false)
            return Reading(document: document, diagnostics: source.diagnostics + siteWarnings + warnings, isLeftOut: isLeftOut)
        }
    }
}
