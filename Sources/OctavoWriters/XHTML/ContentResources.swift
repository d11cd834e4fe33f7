import OctavoModel

/// What an image source becomes in a content document.
public enum ImageTarget: Sendable, Hashable {
    /// Refer to the image at this href (in a book: the embedded file's path relative to the chapter).
    case href(String)
    /// The image cannot be carried over: write a readable placeholder — the alt text and
    /// a link to the source when it is an http(s) URL, else the alt text and the source
    /// as text — inside `<span class="image-placeholder">`.
    case placeholder
}

/// Decides what the images of a content document become.
public protocol ImageResources {
    /// Called once per image (Markdown images and `<img src>` in raw HTML), in document
    /// order; `position` is where the image's block starts. Images with a refused
    /// address (`javascript:` and the like) are never asked about.
    mutating func image(_ source: String, at position: SourcePosition) -> ImageTarget
}

/// Decides where images and links of a content document point.
public protocol ContentResources: ImageResources {
    /// The href to write for a link destination (identity for standalone documents);
    /// `position` is where the link's block starts.
    mutating func link(_ destination: String, at position: SourcePosition) -> String
}

/// Keeps every image and link as written: the resources of a standalone `-t xhtml` document.
public struct UnchangedResources: ContentResources {
    public init() {}

    public func image(_ source: String, at position: SourcePosition) -> ImageTarget { .href(source) }

    public func link(_ destination: String, at position: SourcePosition) -> String { destination }
}
