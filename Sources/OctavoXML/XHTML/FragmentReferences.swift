/// Where a piece of raw HTML stands, which decides the elements it may keep.
public enum FragmentContext: Sendable, Hashable {
    /// Block content, as in a document's body or a list item.
    case flow
    /// Inline content, as in a paragraph, heading or table cell.
    case phrasing
    /// Inline content inside a link: links in it are unwrapped.
    case linkText
}

/// An `<img>` of raw HTML, as the sanitiser hands it to `FragmentReferences`.
public struct FragmentImage: Sendable, Hashable {
    /// The `src` attribute, entities resolved; never a refused address.
    public var source: String
    /// The `alt` attribute; empty when there is none.
    public var alternative: String
    /// Whether the image stands inside a link, where no other link may go.
    public var isInsideLink: Bool

    /// What the image becomes in the sanitised fragment.
    public enum Replacement: Sendable, Hashable {
        /// An `<img>` with this source (written percent-encoded) and the image's other attributes.
        case source(String)
        /// This well-formed XHTML instead of the image, written as it is.
        case markup(String)
    }

    public init(source: String, alternative: String, isInsideLink: Bool) {
        self.source = source
        self.alternative = alternative
        self.isInsideLink = isInsideLink
    }
}

/// Decides what the images, links and identifiers of raw HTML become, and supplies the
/// markup of slots, while `HTMLFragment` sanitises it. Calls come in document order.
public protocol FragmentReferences {
    /// What an image becomes.
    mutating func image(_ image: FragmentImage) -> FragmentImage.Replacement
    /// The address to write for a link's `href` (before percent-encoding).
    mutating func link(_ href: String) -> String
    /// The identifier to write for an element's `id` (or an `<a name>`); nil leaves it
    /// out, as for an identifier the document already uses.
    mutating func identifier(_ id: String) -> String?
    /// Well-formed XHTML phrasing content to write in place of slot `index` (see
    /// `HTMLFragment.slotMarker`); `insideLink` says whether it stands in a link, `depth`
    /// how many elements of the fragment enclose it.
    mutating func slot(_ index: Int, insideLink: Bool, depth: Int) -> String
}

/// Raw HTML after sanitising: well-formed XHTML and what was taken out of it.
public struct SanitizedFragment: Sendable, Hashable {
    /// The fragment as XHTML, without an XML declaration; valid where its context allows.
    public var xhtml: String
    /// What was left out, one short description each in document order, repeats
    /// removed: `<script>`, `the onclick attribute`, `a javascript: address`.
    public var removed: [String]
    /// The sources of the fragment's images, in document order.
    public var imageSources: [String]
}

/// Keeps images, links and identifiers as written, leaving out repeated identifiers;
/// slots are empty.
struct UnchangedFragmentReferences: FragmentReferences {
    private var identifiers: Set<String> = []

    mutating func image(_ image: FragmentImage) -> FragmentImage.Replacement { .source(image.source) }
    func link(_ href: String) -> String { href }
    mutating func identifier(_ id: String) -> String? { identifiers.insert(id).inserted ? id : nil }
    mutating func slot(_ index: Int, insideLink: Bool, depth: Int) -> String { "" }
}
