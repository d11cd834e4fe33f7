import OctavoModel
import OctavoWriters

/// The images and links of one chapter as the book has resolved them before it is
/// rendered: images as its `ChapterImages` found and the book named them, links as
/// `ChapterLinks` points them, with a warning for each link pointed at the top of its
/// chapter instead of an element that is not there.
struct ChapterResources: ContentResources {
    /// The post's path, which messages name.
    let postPath: String
    /// Where each image source of the chapter points.
    let images: [String: ImageTarget]
    let links: ChapterLinks
    private(set) var diagnostics: [Diagnostic] = []

    init(postPath: String, images: [String: ImageTarget], links: ChapterLinks) {
        self.postPath = postPath
        self.images = images
        self.links = links
    }

    func image(_ source: String, at position: SourcePosition) -> ImageTarget {
        images[source] ?? .placeholder
    }

    /// The link's address; a link that would point nowhere in the book (only raw HTML
    /// links get here: Markdown ones were turned into text before rendering) points at
    /// the top of its own chapter.
    mutating func link(_ destination: String, at position: SourcePosition) -> String {
        switch links.resolve(destination) {
        case .address(let address):
            return address
        case .text:
            return "#"
        case .chapterTop(let chapter, let missing):
            diagnostics.append(Diagnostic(.warning, path: postPath, position: position,
                                          message: "the link to \(missing) names no element of its chapter; it points at the top of that chapter instead"))
            return chapter
        }
    }
}
