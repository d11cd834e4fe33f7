import OctavoModel

/// Writes documents as pandoc's JSON document tree (`pandoc-api-version` 1.23, as
/// pandoc 3 reads it with `-f json`), so pandoc can take Jekyll posts on to docx,
/// Typst, LaTeX or slides.
///
/// One post is one pandoc document: its front matter is the `meta` (title as inlines,
/// other values as strings, booleans, lists and maps) and its blocks are mapped by
/// `PandocBlocks`. Several posts (a collection) make one document whose title is
/// `--title` (else the inputs' folder name) and whose posts are sections: each opens
/// with a level 1 heading of its title (identifier `post-` and the slug), then its date,
/// and its own headings move one level down, their identifiers (and the links of its
/// table of contents) prefixed with the slug so that they stay unique.
public struct PandocJSONWriter: Writer, CollectionWriter {
    public static let format = "pandoc-json"
    public static let summary = "pandoc's JSON document tree (pandoc -f json); several posts make one document of sections"
    /// Not plain `json`, so that `-t json -t pandoc-json --output-dir` writes both files.
    public static let fileExtension = "pandoc.json"
    public static let schemaName: String? = nil

    /// The version of pandoc's document types this writer follows.
    public static let readsBookmarkURLs = false
    static let apiVersion = [1, 23, 1]

    private let options: WriterOptions

    public init(options: WriterOptions) {
        self.options = options
    }

    /// One post as one pandoc document.
    public func rendering(_ document: Document) -> WriterOutput {
        let blocks = PandocBlocks(document: document, options: options).blocks()
        var output: [UInt8] = []
        pandocDocument(meta: meta(of: document.metadata), blocks: blocks).write(to: &output)
        output.append(0x0A)
        return WriterOutput(bytes: output)
    }

    /// All posts as one document, each a section; a single post as `rendering` writes it.
    public func write(_ documents: [Document], to output: inout [UInt8]) {
        if documents.count == 1, options.title == nil {
            output += rendering(documents[0]).bytes.array
            return
        }
        var blocks: [JSONValue] = []
        for document in documents {
            let metadata = document.metadata
            let title = metadata.title.flatMap { $0.hasText ? $0 : nil } ?? metadata.slug ?? metadata.source ?? "Untitled"
            let id = metadata.slug.map { "post-" + $0 } ?? ""
            blocks.append(PandocBlocks.header(level: 1, attributes: Attributes(id: id.isEmpty ? nil : id, classes: ["post"]),
                                              PandocBlocks.words(title.trimmingWhitespace)))
            if let date = metadata.date {
                blocks.append(.object([("t", .string("Para")), ("c", .array(PandocBlocks.words(String(date.description.prefix(10)))))]))
            }
            blocks += PandocBlocks(document: document, options: options, headingShift: 1, identifierPrefix: metadata.slug.map { $0 + "-" } ?? "")
                .blocks()
        }
        let title = options.title ?? options.directoryName ?? "Posts"
        pandocDocument(meta: [("title", .object([("t", .string("MetaInlines")), ("c", .array(PandocBlocks.words(title.trimmingWhitespace)))]))], blocks: blocks)
            .write(to: &output)
        output.append(0x0A)
    }

    private func pandocDocument(meta: [(String, JSONValue)], blocks: [JSONValue]) -> JSONValue {
        .object([
            ("pandoc-api-version", .array(Self.apiVersion.map(JSONValue.integer))),
            ("meta", .object(meta)),
            ("blocks", .array(blocks)),
        ])
    }

    /// The front matter as pandoc metadata: `title` as inlines, `date` as the post's
    /// date, `categories` and `tags` as lists, `lang`, and every other key as written.
    private func meta(of metadata: Metadata) -> [(String, JSONValue)] {
        var meta: [(String, JSONValue)] = []
        func add(_ key: String, _ value: JSONValue) {
            guard !meta.contains(where: { $0.0 == key }) else { return }
            meta.append((key, value))
        }
        if let title = metadata.title, title.hasText {
            add("title", .object([("t", .string("MetaInlines")), ("c", .array(PandocBlocks.words(title.trimmingWhitespace)))]))
        }
        if let date = metadata.date { add("date", metaString(date.description)) }
        if !metadata.categories.isEmpty { add("categories", .object([("t", .string("MetaList")), ("c", .array(metadata.categories.map(metaString)))])) }
        if !metadata.tags.isEmpty { add("tags", .object([("t", .string("MetaList")), ("c", .array(metadata.tags.map(metaString)))])) }
        if let lang = metadata.lang, !lang.isEmpty { add("lang", metaString(lang)) }
        if let layout = metadata.layout { add("layout", metaString(layout)) }
        if let slug = metadata.slug { add("slug", metaString(slug)) }
        for entry in metadata.fields { add(entry.key, metaValue(entry.value)) }
        return meta
    }

    private func metaString(_ text: String) -> JSONValue {
        .object([("t", .string("MetaString")), ("c", .string(text))])
    }

    private func metaValue(_ value: MetadataValue) -> JSONValue {
        switch value {
        case .string(let text): metaString(text)
        case .int(let number): metaString(String(number))
        case .double(let number): metaString(String(number))
        case .bool(let flag): .object([("t", .string("MetaBool")), ("c", .bool(flag))])
        case .null: metaString("")
        case .list(let values): .object([("t", .string("MetaList")), ("c", .array(values.map(metaValue)))])
        case .map(let entries): .object([("t", .string("MetaMap")), ("c", .object(entries.map { ($0.key, metaValue($0.value)) }))])
        }
    }
}
