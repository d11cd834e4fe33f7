import OctavoModel
import OctavoWriters

/// The images of one chapter, as its survey asks about them before it is rendered:
/// each located in the site root and checked once, and carried in the book (anything
/// else becomes a placeholder and a warning at the image's place in the post).
struct ChapterImages: ImageResources {
    /// The post's path, which messages name and relative images start from.
    let postPath: String
    /// The resolved site root; nil when it does not exist.
    let siteRoot: String?
    /// The site's `baseurl` path, which site-relative images may start with.
    let basePath: String?
    /// The images carried, in the order the chapter shows them first.
    private(set) var files: [ImageFile] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// What each source asked about became: its file, or why it is not carried.
    private var found: [String: Result<ImageFile, ImageRefusal>] = [:]

    init(postPath: String, siteRoot: String?, basePath: String? = nil) {
        self.postPath = postPath
        self.siteRoot = siteRoot
        self.basePath = basePath
    }

    mutating func image(_ source: String, at position: SourcePosition) -> ImageTarget {
        let result = found[source] ?? find(source)
        found[source] = result
        switch result {
        case .success(let file):
            if !files.contains(file) { files.append(file) }
            return .href(file.href)
        case .failure(let refusal):
            diagnostics.append(Diagnostic(.warning, path: postPath, position: position, message: refusal.message))
            return .placeholder
        }
    }

    /// Where each source asked about points in the book, with `renamed` hrefs (by
    /// resolved path) for files whose place another file took first.
    func targets(renamed: [String: String]) -> [String: ImageTarget] {
        found.mapValues { result in
            switch result {
            case .success(let file): .href(renamed[file.path] ?? file.href)
            case .failure: .placeholder
            }
        }
    }

    private func find(_ source: String) -> Result<ImageFile, ImageRefusal> {
        guard let siteRoot else {
            return .failure(ImageRefusal(message: "image \(source) is not embedded: the site root does not exist"))
        }
        switch ImageLocation.locate(source, postPath: postPath, siteRoot: siteRoot, basePath: basePath) {
        case .refused(let reason):
            return .failure(ImageRefusal(message: reason))
        case .file(let path, let sitePath):
            return ImageFile.inspect(path: path, sitePath: sitePath, source: source)
        }
    }
}
