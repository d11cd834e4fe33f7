import OctavoModel
import OctavoXML

/// Writes documents as pandoc's JSON document tree (`pandoc-api-version` 1.23, as
/// pandoc 3 reads it with `-f json`), so pandoc can take Jekyll posts on to docx,
/// Typst, LaTeX or slides.
///
/// One post is one pandoc document: its front matter is the `meta` (title as inlines,
/// other values as strings, booleans, lists and maps) and its blocks are mapped by
/// `PandocBlocks`. Several posts (a collection) make one document whose title is
/// `--title` (else the inputs' folder name) and whose posts are sections: each opens
/// with a level 1 heading of its title (identifier `post-` and the slug, else the
/// post's position; `-2`, `-3`, … after a repeat), then its date, and its own headings
/// move one level down. Every identifier in a post gets that name and `-` in front
/// (and a `-2`, … where that is taken), and its links to `#identifier` follow, so that
/// identifiers are unique in the whole document and links within a post stay in it.
public struct PandocJSONWriter: Writer, CollectionWriter {
    public static let format = "pandoc-json"
    public static let summary = "pandoc's JSON document tree (pandoc -f json); several posts make one document of sections"
    /// Not plain `json`, so that `-t json -t pandoc-json --output-dir` writes both files.
    public static let fileExtension = "pandoc.json"
    public static let schemaName: EmbeddedSchema? = nil
    public static let readsBookmarkURLs = false

    /// The version of pandoc's document types this writer follows.
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
        var identifiers = IdentifierRegistry()
        for (index, document) in documents.enumerated() {
            let metadata = document.metadata
            let name = metadata.slug.flatMap { $0.hasText ? $0 : nil } ?? String(index + 1)
            let id = identifiers.claimFirstFree(Self.sectionPrefix + name)
            blocks.append(PandocBlocks.header(level: 1, attributes: Attributes(id: id, classes: ["post"]),
                                              PandocBlocks.words(metadata.listingName.trimmingWhitespace)))
            if let date = metadata.date {
                blocks.append(PandocBlocks.element("Para", .array(PandocBlocks.words(date.calendarDay()))))
            }
            var post = PandocBlocks(document: document, options: options, headingShift: 1)
            post.renameIdentifiers(prefix: id.dropFirst(Self.sectionPrefix.count) + "-", in: &identifiers)
            blocks += post.blocks()
        }
        let title = options.title ?? options.directoryName ?? "Posts"
        pandocDocument(meta: [("title", .object([("t", .string("MetaInlines")), ("c", .array(PandocBlocks.words(title.trimmingWhitespace)))]))], blocks: blocks)
            .write(to: &output)
        output.append(0x0A)
    }

    /// Before the slug (else the position) of a post, its section's identifier.
    private static let sectionPrefix = "post-"

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
