import OctavoWriters
import OctavoXML

/// What a book run is told on the command line besides its inputs.
public struct BookSettings: Sendable {
    /// The writer options of the chapters; `title` is the book's title (`--title`).
    public var options: WriterOptions
    /// The order of the chapters (`--order`).
    public var order: ChapterOrder
    /// How many levels the table of contents shows (`--toc-depth`).
    public var tableOfContentsDepth: Int
    /// The author (`--author`); else the posts' `author` front matter.
    public var author: String?
    /// The language of the book and its chapters (`--language`); else each post's
    /// `lang`, or the language its text is written in.
    public var language: String?
    /// A stylesheet replacing the default one (`--css`).
    public var stylesheetPath: String?
    /// The cover image (`--cover`).
    public var coverPath: String?
    /// The site root images are read from (`--site-root`); else found per post.
    public var siteRoot: String?
    /// The site's address for links to pages not in the book (`--site-url`); else
    /// `url` and `baseurl` from the site's `_config.yml`.
    public var siteURL: String?
    /// One book per year or per category (`--split-by`), each a volume of one series.
    public var splitBy: VolumeSplit?
    /// The volume being made: its key and its place in the series, which is named by
    /// the title the whole book would have.
    var volume: (key: String, position: Int)?

    public init(options: WriterOptions, order: ChapterOrder = .date, tableOfContentsDepth: Int = 2, author: String? = nil,
                language: String? = nil, stylesheetPath: String? = nil, coverPath: String? = nil, siteRoot: String? = nil,
                siteURL: String? = nil, splitBy: VolumeSplit? = nil) {
        self.options = options
        self.order = order
        self.tableOfContentsDepth = tableOfContentsDepth
        self.author = author
        self.language = language
        self.stylesheetPath = stylesheetPath
        self.coverPath = coverPath
        self.siteRoot = siteRoot
        self.siteURL = siteURL
        self.splitBy = splitBy
    }

    /// `tag` as the book writes a language (`zh_CN` as `zh-CN`), or nil when it is not a
    /// language tag.
    public static func languageTag(_ tag: String) -> String? {
        LanguageTag.normalised(tag)
    }
}
