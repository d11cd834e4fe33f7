/// The book's title page (`title.xhtml`): the cover image, the title, the authors,
/// and how many posts the book holds from which years.
enum TitlePage {
    static func render(_ book: Book) -> [UInt8] {
        var page = BookPage(title: book.title, language: book.language)
        page.bytes.append("<section epub:type=\"titlepage\" class=\"titlepage\">\n")
        if let cover = book.images.first(where: \.isCover) {
            page.bytes.append("<p class=\"cover\"><img")
            page.attribute("src", cover.href)
            page.attribute("alt", book.title)
            page.bytes.append("/></p>\n")
        }
        page.bytes.append("<h1 class=\"title\">")
        page.text(book.title)
        page.bytes.append("</h1>\n")
        if !book.creators.isEmpty {
            page.bytes.append("<p class=\"author\">")
            page.text(book.creators.joined(separator: ", "))
            page.bytes.append("</p>\n")
        }
        var extent = BookLabels(language: book.language).postCount(book.chapters.count)
        if let years = book.years {
            extent += years.lowerBound == years.upperBound ? " · \(years.lowerBound)" : " · \(years.lowerBound)–\(years.upperBound)"
        }
        page.bytes.append("<p class=\"extent\">")
        page.text(extent)
        page.bytes.append("</p>\n")
        page.bytes.append("</section>\n")
        return page.finish()
    }
}
