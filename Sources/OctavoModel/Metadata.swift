/// What is known about a document besides its content: where it came from, and
/// what its front matter and file name say.
public struct Metadata: Sendable, Hashable {
    /// The path the document was read from, as given on the command line; nil for stdin.
    public var source: String?
    public var title: String?
    /// The front matter's `date`, else the date in the file name.
    public var date: PostDate?
    /// From `category` and `categories`, in that order, without repeats.
    public var categories: [String]
    /// From `tag` and `tags`, in that order, without repeats.
    public var tags: [String]
    public var layout: String?
    /// The front matter's `slug`, else the file name's part after the date.
    public var slug: String?
    public var lang: String?
    /// Every other front matter key with its value, in the order of the file.
    public var fields: [MetadataEntry]
    /// The Markdown dialect the body was read as; nil when not known (JSON written
    /// before Octavo recorded it).
    public var dialect: MarkdownDialect?

    public init(
        source: String? = nil, title: String? = nil, date: PostDate? = nil,
        categories: [String] = [], tags: [String] = [], layout: String? = nil,
        slug: String? = nil, lang: String? = nil, fields: [MetadataEntry] = [], dialect: MarkdownDialect? = nil
    ) {
        self.source = source
        self.title = title
        self.date = date
        self.categories = categories
        self.tags = tags
        self.layout = layout
        self.slug = slug
        self.lang = lang
        self.fields = fields
        self.dialect = dialect
    }

    /// The value of the front matter key `key` among `fields`.
    public subscript(field key: String) -> MetadataValue? {
        fields.first { $0.key == key }?.value
    }
}
