/// Everything a book is made of, ready to be written: its metadata, its rendered
/// chapters, the images they show (by `href`; their bytes are copied by whoever
/// writes the container) and its stylesheet.
public struct Book: Sendable {
    /// `urn:uuid:…`, derived from the content (see `ContentIdentifier`).
    public var identifier: String
    /// `dc:title`, also the title page's heading; never blank.
    public var title: String
    /// The authors, in order, without repeats.
    public var creators: [String]
    /// A BCP 47 language tag such as `zh` or `en`.
    public var language: String
    /// The book's language, then every other language a chapter is in, in reading order:
    /// the package document's `dc:language` elements.
    public var languages: [String] {
        var languages = [language]
        for chapter in chapters {
            if let language = chapter.language, !languages.contains(language) { languages.append(language) }
        }
        return languages
    }
    /// The time of `dcterms:modified`, in seconds since 1970.
    public var modified: Int
    /// The chapters in reading order.
    public var chapters: [BookChapter]
    /// Every image the chapters show, each once, and the cover.
    public var images: [BookImage]
    /// The bytes of the one stylesheet every page links to.
    public var stylesheet: [UInt8]
    /// How many levels the table of contents shows: 1 is the chapters alone, 2 adds
    /// their top-level headings, and so on.
    public var tableOfContentsDepth: Int
    /// The years the posts were written in, first to last, when their dates are known.
    public var years: ClosedRange<Int>?
    /// The collection this book is a volume of (`--split-by`), if any.
    public var collection: BookCollection?

    public init(identifier: String, title: String, creators: [String], language: String, modified: Int,
                chapters: [BookChapter], images: [BookImage], stylesheet: [UInt8], tableOfContentsDepth: Int,
                years: ClosedRange<Int>? = nil, collection: BookCollection? = nil) {
        self.identifier = identifier
        self.title = title
        self.creators = creators
        self.language = language
        self.modified = modified
        self.chapters = chapters
        self.images = images
        self.stylesheet = stylesheet
        self.tableOfContentsDepth = tableOfContentsDepth
        self.years = years
        self.collection = collection
    }
}

/// One post of a book as an XHTML content document.
public struct BookChapter: Sendable {
    /// The file name, relative to the package document (`EPUBFormat.chapterHref`).
    public var href: String
    /// The post's title, as the table of contents shows it.
    public var title: String
    /// The content document's bytes.
    public var bytes: [UInt8]
    /// Whether the document holds MathML (`properties="mathml"` in the manifest).
    public var containsMathML: Bool
    /// The headings the table of contents may link to, in document order.
    public var headings: [ContentHeading]
    /// The language on the chapter's `<html>`, a language tag; nil: the book's.
    public var language: String?

    public init(href: String, title: String, bytes: [UInt8], containsMathML: Bool, headings: [ContentHeading], language: String? = nil) {
        self.href = href
        self.title = title
        self.bytes = bytes
        self.containsMathML = containsMathML
        self.headings = headings
        self.language = language
    }
}

/// An image file the book carries.
public struct BookImage: Sendable, Hashable {
    /// Its place relative to the package document, such as `media/images/a.png`.
    public var href: String
    /// Its type, found from the file's content.
    public var mediaType: ImageMediaType
    /// The book's cover (`properties="cover-image"`).
    public var isCover: Bool

    public init(href: String, mediaType: ImageMediaType, isCover: Bool = false) {
        self.href = href
        self.mediaType = mediaType
        self.isCover = isCover
    }
}

/// The series a book belongs to as one of its volumes: the series' title and this
/// volume's place in it, from 1.
public struct BookCollection: Sendable, Hashable {
    public var title: String
    public var position: Int

    public init(title: String, position: Int) {
        self.title = title
        self.position = position
    }
}
