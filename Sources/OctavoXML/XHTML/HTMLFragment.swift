/// Raw HTML from a post, made into well-formed XHTML that is safe to put into a book.
///
/// libxml2's HTML parser reads the fragment (recovering from any error, no network,
/// no DTD, messages kept off standard error), then `FragmentWriter` writes the tree
/// back as XHTML: scripts, styles, embedded objects and forms go with their content;
/// unknown elements give way to their content; event-handler attributes and
/// `javascript:`, `vbscript:` and non-image `data:` addresses are dropped; only the
/// attributes `XHTMLAttributes` knows are kept; comments go; content models are mended
/// (`li` only in lists, no blocks inside paragraphs, table rows in table sections).
public enum HTMLFragment {
    /// The deepest the elements of a written page may nest, its own `html` and `body`
    /// included: libxml2 (without its "huge" option), and the reading systems built like
    /// it, refuse a deeper document.
    public static let maximumDocumentDepth = 256

    /// What `removed` says of elements left out, with their content, for standing
    /// deeper than the fragment may nest.
    static let tooDeep = "what is nested more than \(maximumDocumentDepth) elements deep in the page"

    /// Sanitises `html` for `context`, keeping images, links and identifiers as written;
    /// elements nested more than `maximumDepth` deep in the fragment are left out.
    public static func sanitize(_ html: String, context: FragmentContext,
                                maximumDepth: Int = maximumDocumentDepth - 2) -> SanitizedFragment {
        var references = UnchangedFragmentReferences()
        return sanitize(html, context: context, maximumDepth: maximumDepth, references: &references)
    }

    /// Sanitises `html` for `context`, asking `references` about images, links,
    /// identifiers and slots as they come. Elements that would stand more than
    /// `maximumDepth` deep in the fragment (with the wrappers their content may need)
    /// are left out with their content, so that the page around it stays readable.
    public static func sanitize(_ html: String, context: FragmentContext, maximumDepth: Int = maximumDocumentDepth - 2,
                                references: inout some FragmentReferences) -> SanitizedFragment {
        guard let tree = HTMLTree(html) else {
            return SanitizedFragment(xhtml: "", removed: [], imageSources: [])
        }
        var writer = FragmentWriter(context: context, maximumDepth: maximumDepth)
        withExtendedLifetime(tree) {
            writer.write(tree.root, references: &references)
        }
        if tree.isTruncated { writer.note(tooDeep) }
        return writer.finish()
    }

    /// Text that stands for slot `index` in the HTML given to `sanitize`: where the
    /// sanitised fragment keeps it, `FragmentReferences.slot` supplies its markup. Slots
    /// carry trusted markup (rendered Markdown) through the sanitising of raw HTML
    /// around it; the characters of a marker are private-use code points.
    public static func slotMarker(_ index: Int) -> String {
        "\u{E000}\(index)\u{E001}"
    }
}
