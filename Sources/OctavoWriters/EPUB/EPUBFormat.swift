/// The EPUB 3 book format (`-t epub`) and where each part of a book goes in its
/// container: the package document and everything it lists live in `EPUB/`.
public enum EPUBFormat {
    /// The name given to `--to`.
    public static let format = "epub"
    /// One line for `--list-formats`.
    public static let summary = "one EPUB 3 book of all posts, a chapter each (one book per post with --output-dir)"
    /// The extension of book files, without the dot.
    public static let fileExtension = "epub"
    /// The content of the `mimetype` entry.
    public static let mediaType = "application/epub+zip"
    /// The path of the package document in the container.
    public static let packagePath = "EPUB/package.opf"
    /// The folder of the package document; every `href` in the book is relative to it.
    public static let contentFolder = "EPUB/"

    static let navigationHref = "nav.xhtml"
    static let titlePageHref = "title.xhtml"
    /// The NCX table of contents, for EPUB 2 reading systems.
    static let ncxHref = "toc.ncx"
    /// Where a book's stylesheet goes, relative to the package document.
    public static let stylesheetHref = "style.css"

    /// The file of the chapter at `index` (from 0) of the book: `chapter-001.xhtml`, ….
    public static func chapterHref(index: Int) -> String {
        "chapter-" + CivilCalendar.padded(index + 1, 3) + ".xhtml"
    }
}
