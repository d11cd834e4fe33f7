import OctavoXML

/// A file of the book's container that Octavo writes itself.
public struct BookPart: Sendable, Hashable {
    /// The path in the container, such as `EPUB/nav.xhtml`.
    public var path: String
    /// The part's content.
    public var bytes: [UInt8]
    /// Whether the part may be deflated; `mimetype` must be stored as it is.
    public var compressible: Bool
    /// The embedded RelaxNG schema the part must match before it is written; nil for
    /// parts that are not XML.
    public var schemaName: EmbeddedSchema?

    public init(path: String, bytes: [UInt8], compressible: Bool, schemaName: EmbeddedSchema?) {
        self.path = path
        self.bytes = bytes
        self.compressible = compressible
        self.schemaName = schemaName
    }
}

extension Book {
    /// Every part but the images, in the order they go into the container: `mimetype`,
    /// the container document, the package document, the navigation document, the
    /// NCX, the title page, the chapters and the stylesheet. The images follow them, in the
    /// order of `images`, at `EPUBFormat.contentFolder` + their `href`.
    public var parts: [BookPart] {
        let folder = EPUBFormat.contentFolder
        var parts = [
            BookPart(path: "mimetype", bytes: Array(EPUBFormat.mediaType.utf8), compressible: false, schemaName: nil),
            BookPart(path: ContainerDocument.path, bytes: ContainerDocument.render(), compressible: true, schemaName: .epubContainer),
            BookPart(path: EPUBFormat.packagePath, bytes: PackageDocument.render(self), compressible: true, schemaName: .epubPackage),
            BookPart(path: folder + EPUBFormat.navigationHref, bytes: NavigationDocument.render(self), compressible: true, schemaName: .epubPages),
            BookPart(path: folder + EPUBFormat.ncxHref, bytes: NCXDocument.render(self), compressible: true, schemaName: .epubNcx),
            BookPart(path: folder + EPUBFormat.titlePageHref, bytes: TitlePage.render(self), compressible: true, schemaName: .epubPages),
        ]
        for chapter in chapters {
            parts.append(BookPart(path: folder + chapter.href, bytes: chapter.bytes, compressible: true, schemaName: .xhtmlContent))
        }
        parts.append(BookPart(path: folder + EPUBFormat.stylesheetHref, bytes: stylesheet, compressible: true, schemaName: nil))
        return parts
    }
}
