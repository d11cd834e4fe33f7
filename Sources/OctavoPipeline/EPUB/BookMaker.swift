#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// A book made from posts, ready to be written, with the files it was made from.
struct MadeBook: Sendable {
    var book: Book
    /// Each image file, as it was checked, and its entry in the container, in the order of `book.images`.
    var imageFiles: [(source: ImageSource, entry: String)]
    /// Every file read besides the posts: images, stylesheet and cover (for `--depfile`).
    var filesRead: [String]
}

/// Makes a book of posts: orders them, surveys each chapter (the identifiers it will
/// have, its images found in the site root and checked), names the images once for the
/// book, renders each chapter once with its links resolved against every chapter's
/// identifiers, derives the metadata and identifier, and validates every XML part
/// against its schema.
struct BookMaker: Sendable {
    let settings: BookSettings
    let jobs: Int

    /// One post of the book: the input it was read from and its document.
    struct Post: Sendable {
        var input: Input
        var document: Document
    }

    /// One chapter before it is rendered: its document without dead links, what it will
    /// hold, and its images, found and checked.
    private struct SurveyedChapter: Sendable {
        var document: Document
        var survey: ContentSurvey
        var images: ChapterImages
    }

    /// What rendering one chapter gave.
    private struct RenderedChapter: Sendable {
        var content: ContentDocument
        var diagnostics: [Diagnostic]
    }

    /// The book of `posts` (in input order), or nil when an error leaves nothing to
    /// write; every message goes to `note` (whose batch decides what `--strict` makes of it).
    func make(_ posts: [Post], report note: (Diagnostic) -> Void) -> MadeBook? {
        var filesRead: [String] = []
        let order = settings.order.arrange(posts.map(\.document))
        let ordered = order.map { posts[$0] }
        let hrefs = ordered.indices.map(EPUBFormat.chapterHref(index:))
        let givenRoot = settings.siteRoot.map { SiteRoot.resolve(given: $0, postPath: nil) }
        if let givenRoot, givenRoot == nil, let path = settings.siteRoot {
            note(Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: "site root not found"))
        }
        let siteRoots = ordered.map { givenRoot ?? SiteRoot.resolve(given: nil, postPath: $0.input.path) }
        var configurations: [String: SiteConfiguration] = [:]
        for root in Set(siteRoots.compactMap { $0 }) { configurations[root] = SiteConfiguration(siteRoot: root) }
        let site = siteRoots.lazy.compactMap { $0 }.first.flatMap { configurations[$0] }
        let basePaths = siteRoots.map { $0.flatMap { configurations[$0]?.basePath } }
        let siteURL = settings.siteURL ?? site?.url
        let bookPosts = zip(ordered, hrefs).map { post, href in
            BookLinks.Post(source: post.input.isStandardInput ? nil : post.input.path, metadata: post.document.metadata, href: href)
        }
        let links = BookLinks(posts: bookPosts, siteURL: siteURL)
        let chapterSettings = ContentDocumentSettings(options: settings.options, language: settings.language,
                                                      stylesheetHref: EPUBFormat.stylesheetHref, includesTitleHeading: true)
        var surveyedChapters: [SurveyedChapter] = []
        OrderedWork(jobs: jobs).run(count: ordered.count, { index in
            let post = ordered[index]
            let document = links.removingDeadLinks(from: post.document)
            var images = ChapterImages(postPath: post.input.path, siteRoot: siteRoots[index], basePath: basePaths[index])
            let survey = ContentSurvey.survey(document, settings: chapterSettings, resources: &images)
            return SurveyedChapter(document: document, survey: survey, images: images)
        }) { _, chapter in surveyedChapters.append(chapter) }
        let surveyed = surveyedChapters
        let renamedImages = BookImageNames.renames(surveyed.flatMap(\.images.files))
        let surveys = Dictionary(uniqueKeysWithValues: zip(hrefs, surveyed.map(\.survey)))
        var rendered: [RenderedChapter] = []
        OrderedWork(jobs: jobs).run(count: ordered.count, { index in
            let post = ordered[index], chapter = surveyed[index]
            var resources = ChapterResources(postPath: post.input.path, images: chapter.images.targets(renamed: renamedImages),
                                             links: ChapterLinks(links: links, post: bookPosts[index], surveys: surveys))
            let content = ContentDocumentRenderer.render(chapter.document, settings: chapterSettings, resources: &resources)
            let rendererDiagnostics = content.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.path = post.input.path
                return diagnostic
            }
            return RenderedChapter(content: content,
                                   diagnostics: rendererDiagnostics + chapter.images.diagnostics + resources.diagnostics)
        }) { _, chapter in rendered.append(chapter) }
        var chapters: [BookChapter] = []
        var languages: [String] = []
        var images: [ImageFile] = []
        for (index, chapter) in rendered.enumerated() {
            chapter.diagnostics.forEach { note($0) }
            for var image in surveyed[index].images.files {
                image.href = renamedImages[image.path] ?? image.href
                if !images.contains(image) { images.append(image) }
            }
            languages.append(chapter.content.language)
            chapters.append(BookChapter(
                href: hrefs[index], title: Self.title(of: ordered[index]), bytes: chapter.content.bytes,
                containsMathML: chapter.content.containsMathML,
                headings: chapter.content.headings, language: chapter.content.language))
        }
        var bookImages = images.map { BookImage(href: $0.href, mediaType: $0.mediaType) }
        var imageSources = images.map(\.source)
        filesRead += images.map(\.path)
        let documents = ordered.map(\.document)
        var title = title(of: documents, site: site)
        let creators = creators(of: documents, site: site)
        var collection: BookCollection?
        if let volume = settings.volume {
            collection = BookCollection(title: title, position: volume.position)
            title += " · " + volume.key
        }
        let years = documents.compactMap(\.metadata.date?.year).min().flatMap { first in
            documents.compactMap(\.metadata.date?.year).max().map { first...$0 }
        }
        if settings.coverPath == nil {
            let svg = GeneratedCover.svg(title: title, creators: creators, years: years)
            bookImages.insert(BookImage(href: GeneratedCover.href, mediaType: .svg, isCover: true), at: 0)
            imageSources.insert(ImageSource(path: GeneratedCover.href, identity: .generated, checkedContent: svg), at: 0)
        } else if let cover = cover(report: note) {
            bookImages.insert(BookImage(href: cover.href, mediaType: cover.mediaType, isCover: true), at: 0)
            imageSources.insert(cover.source, at: 0)
            filesRead.append(cover.path)
        }
        var stylesheet = DefaultStylesheet.bytes
        if let path = settings.stylesheetPath {
            do {
                stylesheet = try Input(argument: path).read()
                filesRead.append(path)
            } catch {
                note(error)
            }
        }
        var book = Book(
            identifier: "", title: title, creators: creators,
            language: settings.language ?? Self.mostCommon(languages) ?? "en", modified: modified(of: documents),
            chapters: chapters, images: bookImages, stylesheet: stylesheet, tableOfContentsDepth: settings.tableOfContentsDepth,
            years: years, collection: collection)
        do throws(ArchiveFailure) {
            book.identifier = try BookIdentifier.derive(book, images: imageSources)
        } catch {
            note(Diagnostic(.error, path: imageSources.first?.path ?? "", position: SourcePosition(line: 1, column: 1), message: error.message))
            return nil
        }
        return MadeBook(book: book, imageFiles: zip(imageSources, bookImages).map { ($0, EPUBFormat.contentFolder + $1.href) },
                        filesRead: filesRead)
    }

    /// The cover image `--cover` names, if it is an image a book can carry.
    private func cover(report: (Diagnostic) -> Void) -> ImageFile? {
        guard let path = settings.coverPath else { return nil }
        let start = SourcePosition(line: 1, column: 1)
        guard let resolved = SiteRoot.realPath(path) else {
            report(Diagnostic(.error, path: path, position: start, message: "cannot read cover image: \(System.errorMessage(errno))"))
            return nil
        }
        switch ImageFile.inspect(path: resolved, sitePath: path.split(separator: "/").last.map(String.init) ?? path, source: path) {
        case .success(var file):
            file.href = "cover." + file.mediaType.fileExtension
            return file
        case .failure(let refusal):
            report(Diagnostic(.error, path: path, position: start, message: "cover: " + refusal.message))
            return nil
        }
    }

    /// `--title`, else the single post's title (not for a volume, which the series
    /// names), else the site's `title`, else the inputs' folder name.
    private func title(of documents: [Document], site: SiteConfiguration?) -> String {
        if let title = settings.options.title, title.hasText { return title }
        if settings.volume == nil, documents.count == 1, let title = documents[0].metadata.title, title.hasText { return title }
        if let title = site?.title { return title }
        return settings.options.directoryName ?? "Posts"
    }

    /// `--author`, else every `author` the posts' front matter names, once each, else the site's `author`.
    private func creators(of documents: [Document], site: SiteConfiguration?) -> [String] {
        if let author = settings.author, author.hasText { return [author] }
        var creators: [String] = []
        for document in documents {
            let names: [String] = switch document.metadata[field: "author"] {
            case .string(let name): [name]
            case .list(let values): values.compactMap { if case .string(let name) = $0 { name } else { nil } }
            default: []
            }
            for name in names where name.hasText && !creators.contains(name) { creators.append(name) }
        }
        if creators.isEmpty, let author = site?.author { creators.append(author) }
        return creators
    }

    /// `SOURCE_DATE_EPOCH`, else the newest post date, else the time of the run.
    private func modified(of documents: [Document]) -> Int {
        if let epoch = settings.options.sourceDateEpoch { return epoch }
        if let newest = documents.compactMap(\.metadata.date).max() { return newest.secondsSinceEpoch }
        return settings.options.currentTime ?? 0
    }

    /// A chapter's title in the table of contents: the post's title, else its slug,
    /// else its file name.
    static func title(of post: Post) -> String {
        if let title = post.document.metadata.title, title.hasText { return title }
        if let slug = post.document.metadata.slug, !slug.isEmpty { return slug }
        return String(post.input.path.split(separator: "/").last ?? "Untitled")
    }

    /// The value that occurs most often; the first of those on a tie.
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        var best: String?
        for value in values {
            counts[value, default: 0] += 1
            if let current = best, counts[current]! >= counts[value]! { continue }
            best = value
        }
        return best
    }
}

