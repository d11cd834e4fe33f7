/// A file of the book's container that Octavo writes itself.
public struct BookPart: Sendable, Hashable {
    /// The path in the container, such as `EPUB/nav.xhtml`.
    public var path: String
    /// The part's content.
    public var bytes: [UInt8]
    /// Whether the part may be deflated; `mimetype` must be stored as it is.
    public var compressible: Bool
    /// The file name in `schemas/` of the RelaxNG schema the part must match before
    /// it is written; nil for parts that are not XML.
    public var schemaName: String?

    public init(path: String, bytes: [UInt8], compressible: Bool, schemaName: String?) {
        self.path = path
        self.bytes = bytes
        self.compressible = compressible
        self.schemaName = schemaName
    }
}

extension Book {
    /// The schema of the chapters (XHTML content documents).
    public static let contentSchemaName = "xhtml-content.rng"
    /// The schema of the book's own pages: navigation document and title page.
    public static let pagesSchemaName = "epub-pages.rng"
    /// The schema of the NCX.
    public static let ncxSchemaName = "epub-ncx.rng"

    /// Every part but the images, in the order they go into the container: `mimetype`,
    /// the container document, the package document, the navigation document, the
    /// NCX, the title page, the chapters and the stylesheet. The images follow them, in the
    /// order of `images`, at `EPUBFormat.contentFolder` + their `href`.
    public var parts: [BookPart] {
        let folder = EPUBFormat.contentFolder
        var parts = [
            BookPart(path: "mimetype", bytes: Array(EPUBFormat.mediaType.utf8), compressible: false, schemaName: nil),
            BookPart(path: ContainerDocument.path, bytes: ContainerDocument.render(), compressible: true, schemaName: "epub-container.rng"),
            BookPart(path: EPUBFormat.packagePath, bytes: PackageDocument.render(self), compressible: true, schemaName: "epub-package.rng"),
            BookPart(path: folder + EPUBFormat.navigationHref, bytes: NavigationDocument.render(self), compressible: true, schemaName: Self.pagesSchemaName),
            BookPart(path: folder + EPUBFormat.ncxHref, bytes: NCXDocument.render(self), compressible: true, schemaName: Self.ncxSchemaName),
            BookPart(path: folder + EPUBFormat.titlePageHref, bytes: TitlePage.render(self), compressible: true, schemaName: Self.pagesSchemaName),
        ]
        for chapter in chapters {
            parts.append(BookPart(path: folder + chapter.href, bytes: chapter.bytes, compressible: true, schemaName: Self.contentSchemaName))
        }
        parts.append(BookPart(path: folder + EPUBFormat.stylesheetHref, bytes: stylesheet, compressible: true, schemaName: nil))
        return parts
    }
}
