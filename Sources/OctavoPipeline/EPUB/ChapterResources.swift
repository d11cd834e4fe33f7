import OctavoModel
import OctavoWriters

/// The images and links of one chapter as the book resolves them: images found in
/// the site root and carried in the book (anything else becomes a placeholder and a
/// warning at the image's place in the post), links pointed by `BookLinks`.
struct ChapterResources: ContentResources {
    /// The post's path, which messages name and relative images start from.
    let postPath: String
    let metadata: Metadata
    /// The resolved site root; nil when it does not exist.
    let siteRoot: String?
    /// The site's `baseurl` path, which site-relative images may start with.
    let basePath: String?
    let links: BookLinks
    /// New hrefs by resolved path, for images whose place another file took first.
    let renamedImages: [String: String]
    /// The images carried, in the order the chapter shows them first.
    private(set) var images: [ImageFile] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(postPath: String, metadata: Metadata, siteRoot: String?, basePath: String? = nil, links: BookLinks,
         renamedImages: [String: String] = [:]) {
        self.basePath = basePath
        self.postPath = postPath
        self.metadata = metadata
        self.siteRoot = siteRoot
        self.links = links
        self.renamedImages = renamedImages
    }

    mutating func image(_ source: String, at position: SourcePosition) -> ImageTarget {
        guard let siteRoot else {
            warn("image \(source) is not embedded: the site root does not exist", at: position)
            return .placeholder
        }
        switch ImageLocation.locate(source, postPath: postPath, siteRoot: siteRoot, basePath: basePath) {
        case .refused(let reason):
            warn(reason, at: position)
            return .placeholder
        case .file(let path, let sitePath):
            switch ImageFile.inspect(path: path, sitePath: sitePath, source: source) {
            case .success(var file):
                if let href = renamedImages[file.path] { file.href = href }
                if !images.contains(file) { images.append(file) }
                return .href(file.href)
            case .failure(let refusal):
                warn(refusal.message, at: position)
                return .placeholder
            }
        }
    }

    /// The link's new address; a link that would point nowhere in the book (only raw
    /// HTML links get here: Markdown ones were turned into text before rendering)
    /// points at the top of its own chapter.
    func link(_ destination: String) -> String {
        switch links.target(of: destination, source: metadata.source, metadata: metadata) {
        case .unchanged: destination
        case .replaced(let target): target
        case .text: "#"
        }
    }

    private mutating func warn(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(.warning, path: postPath, position: position, message: message))
    }
}
