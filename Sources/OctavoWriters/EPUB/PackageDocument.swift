import OctavoModel

/// The package document (`EPUB/package.opf`): the book's metadata (with what it offers
/// readers of assistive technology, see `BookAccessibility`), the manifest of
/// every file it carries with its media type and properties, and the spine (title
/// page, contents, then the chapters in order), which names the NCX for EPUB 2 readers.
enum PackageDocument {
    static func render(_ book: Book) -> [UInt8] {
        var output = PackageOutput()
        output.bytes.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.bytes.append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\"")
        output.attribute("xml:lang", book.language)
        output.bytes.append(">\n  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        output.element("dc:identifier", book.identifier, id: "book-id")
        output.element("dc:title", book.title)
        for (index, creator) in book.creators.enumerated() {
            output.element("dc:creator", creator, id: "creator-\(index + 1)")
        }
        for language in book.languages { output.element("dc:language", language) }
        let accessibility = BookAccessibility(book)
        for (property, values) in [("schema:accessMode", accessibility.accessModes),
                                   ("schema:accessModeSufficient", accessibility.sufficientModes),
                                   ("schema:accessibilityFeature", accessibility.features),
                                   ("schema:accessibilityHazard", accessibility.hazards),
                                   ("schema:accessibilitySummary", [accessibility.summary(language: book.language)])] {
            for value in values { output.meta(property, value) }
        }
        if let collection = book.collection {
            output.bytes.append("    <meta property=\"belongs-to-collection\" id=\"collection\">")
            XMLEscaping.append(collection.title, to: &output.bytes, in: .text)
            output.bytes.append("</meta>\n    <meta refines=\"#collection\" property=\"collection-type\">series</meta>\n")
            output.bytes.append(string: "    <meta refines=\"#collection\" property=\"group-position\">\(collection.position)</meta>\n")
        }
        output.bytes.append("    <meta property=\"dcterms:modified\">")
        output.bytes.append(string: W3CDateTime.format(secondsSinceEpoch: book.modified))
        output.bytes.append("</meta>\n  </metadata>\n  <manifest>\n")
        output.item(id: "nav", href: EPUBFormat.navigationHref, mediaType: "application/xhtml+xml", properties: "nav")
        output.item(id: "ncx", href: EPUBFormat.ncxHref, mediaType: "application/x-dtbncx+xml")
        output.item(id: "title-page", href: EPUBFormat.titlePageHref, mediaType: "application/xhtml+xml")
        for chapter in book.chapters {
            output.item(id: itemID(chapter), href: chapter.href, mediaType: "application/xhtml+xml",
                        properties: chapter.containsMathML ? "mathml" : nil)
        }
        output.item(id: "style", href: EPUBFormat.stylesheetHref, mediaType: "text/css")
        for (index, image) in book.images.enumerated() {
            output.item(id: "image-\(index + 1)", href: image.href, mediaType: image.mediaType.rawValue,
                        properties: image.isCover ? "cover-image" : nil)
        }
        output.bytes.append("  </manifest>\n  <spine toc=\"ncx\">\n")
        output.itemref("title-page")
        output.itemref("nav")
        for chapter in book.chapters { output.itemref(itemID(chapter)) }
        output.bytes.append("  </spine>\n</package>\n")
        var bytes: [UInt8] = []
        output.bytes.copy(to: &bytes)
        return bytes
    }

    /// A chapter's manifest id: its file name without the extension.
    private static func itemID(_ chapter: BookChapter) -> String {
        chapter.href.hasSuffix(".xhtml") ? String(chapter.href.dropLast(6)) : chapter.href
    }
}

/// The byte buffer of one package document.
private struct PackageOutput: ~Copyable {
    var bytes = ByteBuffer(capacity: 1 << 14)

    mutating func element(_ name: String, _ text: String, id: String? = nil) {
        bytes.append("    <")
        bytes.append(string: name)
        if let id { attribute("id", id) }
        bytes.append(">")
        XMLEscaping.append(text, to: &bytes, in: .text)
        bytes.append("</")
        bytes.append(string: name)
        bytes.append(">\n")
    }

    mutating func meta(_ property: String, _ value: String) {
        bytes.append("    <meta")
        attribute("property", property)
        bytes.append(">")
        XMLEscaping.append(value, to: &bytes, in: .text)
        bytes.append("</meta>\n")
    }

    mutating func item(id: String, href: String, mediaType: String, properties: String? = nil) {
        bytes.append("    <item")
        attribute("id", id)
        attribute("href", href)
        attribute("media-type", mediaType)
        if let properties { attribute("properties", properties) }
        bytes.append("/>\n")
    }

    mutating func itemref(_ id: String) {
        bytes.append("    <itemref")
        attribute("idref", id)
        bytes.append("/>\n")
    }

    mutating func attribute(_ name: String, _ value: String) {
        bytes.append(" ")
        bytes.append(string: name)
        bytes.append("=\"")
        XMLEscaping.append(value, to: &bytes, in: .attribute)
        bytes.append("\"")
    }
}
