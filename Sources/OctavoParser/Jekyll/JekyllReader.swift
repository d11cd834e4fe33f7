import OctavoModel

/// Reads a Jekyll post: YAML front matter, facts from the file name, and the
/// Markdown body, with line numbers counted from the top of the file.
///
/// The front matter's `date` and `slug` win over the file name's. Invalid front
/// matter is thrown as an error diagnostic, so the post is skipped, never half read.
public struct JekyllReader: Sendable {
    /// The dialect of post bodies: Jekyll renders posts with kramdown (GFM input).
    public static let bodyDialect: MarkdownDialect = .kramdown

    public init() {}

    /// Reads `source`; `usesFileName` is false for input with no file name (stdin).
    /// Warnings about the front matter are left out; `reading` gives them.
    public func read(_ source: Source, usesFileName: Bool = true) throws(Diagnostic) -> Document {
        try reading(source, usesFileName: usesFileName).document
    }

    /// Reads `source`, with the warnings about its front matter (such as a `date` that
    /// is no date, for which the file name's date is used).
    ///
    /// With a `site`, the body's Liquid is rendered first, as Jekyll does, against that
    /// site and the post's `page`, when the file has front matter (Jekyll copies a file
    /// without it as it is); the document's source lines stay those of the post
    /// (what a tag wrote takes the tag's line), and the warnings include Liquid's.
    public func reading(_ source: Source, usesFileName: Bool = true, site: LiquidSite? = nil) throws(Diagnostic) -> (document: Document, warnings: [Diagnostic]) {
        let frontMatter = try FrontMatter(source)
        var metadata = frontMatter.metadata
        let name = usesFileName ? PostFileName(path: source.path) : nil
        if let name {
            metadata.date = metadata.date ?? name.date
            metadata.slug = metadata.slug ?? name.slug
        }
        var warnings = frontMatter.warnings
        var document: Document
        let rendering = site.flatMap { site in
            frontMatter.bodyOffset > 0 && LiquidRenderer.hasLiquid(source, from: frontMatter.bodyOffset)
                ? LiquidRenderer(site: site, page: JekyllReader.page(metadata, site: site)).render(source, from: frontMatter.bodyOffset)
                : nil
        }
        warnings += rendering?.warnings ?? []
        if let rendering, !rendering.bytes.elementsEqual(source.bytes[frontMatter.bodyOffset...]) {
            let rendered = Source(path: source.path, bytes: Array(source.bytes[..<frontMatter.bodyOffset]) + rendering.bytes)
            document = MarkdownParser(dialect: JekyllReader.bodyDialect).parse(rendered, from: frontMatter.bodyOffset)
            let firstLine = frontMatter.bodyOffset == 0 ? 1 : source.position(ofOffset: frontMatter.bodyOffset).line
            document.blocks.updateEachBlock { block in
                block.range = JekyllReader.mapped(block.range, rendering, firstLine)
                switch block.kind {
                case .list(var list):
                    for index in list.items.indices { list.items[index].range = JekyllReader.mapped(list.items[index].range, rendering, firstLine) }
                    block.kind = .list(list)
                case .definitionList(var list):
                    for item in list.items.indices {
                        for index in list.items[item].definitions.indices {
                            list.items[item].definitions[index].range = JekyllReader.mapped(list.items[item].definitions[index].range, rendering, firstLine)
                        }
                    }
                    block.kind = .definitionList(list)
                default: break
                }
            }
        } else {
            document = MarkdownParser(dialect: JekyllReader.bodyDialect).parse(source, from: frontMatter.bodyOffset)
        }
        metadata.source = document.metadata.source
        metadata.dialect = document.metadata.dialect
        document.metadata = metadata
        return (document, warnings)
    }

    /// A range of the rendered text as lines of the post.
    private static func mapped(_ range: SourceRange, _ rendering: LiquidRendering, _ firstLine: Int) -> SourceRange {
        var range = range
        range.start.line = rendering.sourceLine(of: range.start.line, firstLine: firstLine)
        range.end.line = max(range.start.line, rendering.sourceLine(of: range.end.line, firstLine: firstLine))
        return range
    }

    /// Liquid's `page`: the front matter, with the `title`, `date`, `slug`, `url`,
    /// `categories` and `tags` Jekyll gives a post.
    static func page(_ metadata: Metadata, site: LiquidSite) -> LiquidValue {
        var entries = metadata.fields.map { LiquidEntry(key: $0.key, value: LiquidValue($0.value)) }
        func set(_ key: String, _ value: LiquidValue) {
            entries.removeAll { $0.key == key }
            entries.append(LiquidEntry(key: key, value: value))
        }
        let slug = metadata.slug ?? ""
        let title = metadata.title ?? slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        set("title", .string(title))
        if let date = metadata.date { set("date", .string(LiquidDate(date).text)) }
        set("slug", .string(slug))
        set("categories", .array(metadata.categories.map { .string($0) }))
        set("tags", .array(metadata.tags.map { .string($0) }))
        if let layout = metadata.layout { set("layout", .string(layout)) }
        if case .string(let permalink)? = metadata[field: "permalink"] {
            set("url", .string(permalink))
        } else if let date = metadata.date {
            set("url", .string(site.permalink.url(year: date.year, month: date.month, day: date.day, slug: slug, categories: metadata.categories)))
        }
        if let date = metadata.date {
            let id = LiquidPermalink(style: "/:categories/:year/:month/:day/:title")
            set("id", .string(id.url(year: date.year, month: date.month, day: date.day, slug: slug, categories: metadata.categories)))
        }
        return .hash(entries)
    }
}
