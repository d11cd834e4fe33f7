/// The book's navigation document (`nav.xhtml`): the table of contents (each
/// chapter's title and, down to the book's depth, its headings) and the landmarks
/// (contents, title page, start of the text).
///
/// A chapter's highest heading level is the second level of the contents, whatever
/// level it is in the post; a heading more than one level below the one before it is
/// put one level below it, so the nested lists are always well-formed.
enum NavigationDocument {
    static func render(_ book: Book) -> [UInt8] {
        let labels = BookLabels(language: book.language)
        var page = BookPage(title: labels.contents, language: book.language)
        page.bytes.append("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>")
        page.text(labels.contents)
        page.bytes.append("</h1>\n")
        appendNestedList(entries(of: book), to: &page)
        page.bytes.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>")
        page.text(labels.landmarks)
        page.bytes.append("</h2>\n<ol>\n<li>")
        page.link(labels.contents, href: EPUBFormat.navigationHref + "#toc", type: "toc")
        page.bytes.append("</li>\n<li>")
        page.link(labels.titlePage, href: EPUBFormat.titlePageHref, type: "titlepage")
        page.bytes.append("</li>\n")
        if let first = book.chapters.first {
            page.bytes.append("<li>")
            page.link(labels.start, href: first.href, type: "bodymatter")
            page.bytes.append("</li>\n")
        }
        page.bytes.append("</ol>\n</nav>\n")
        return page.finish()
    }

    /// One line of the table of contents.
    struct Entry: Equatable {
        var depth: Int
        var text: String
        var href: String
    }

    /// The chapters at depth 1 and their headings below them, down to the book's depth.
    static func entries(of book: Book) -> [Entry] {
        var entries: [Entry] = []
        for chapter in book.chapters {
            entries.append(Entry(depth: 1, text: chapter.title, href: chapter.href))
            let headings = chapter.headings.filter { !$0.id.isEmpty && $0.text.contains { !$0.isWhitespace } }
            guard let top = headings.map(\.level).min() else { continue }
            var previous = 1
            for heading in headings {
                let depth = min(heading.level - top + 2, previous + 1)
                previous = depth
                guard depth <= book.tableOfContentsDepth else { continue }
                entries.append(Entry(depth: depth, text: heading.text, href: chapter.href + "#" + heading.id))
            }
        }
        return entries
    }

    /// `ol` lists nested by depth; a deeper list sits inside the item before it.
    private static func appendNestedList(_ entries: [Entry], to page: inout BookPage) {
        page.bytes.append("<ol>\n")
        var depth = 1
        for (index, entry) in entries.enumerated() {
            if index > 0 {
                if entry.depth > depth {
                    page.bytes.append("\n<ol>\n")
                    depth += 1
                } else {
                    page.bytes.append("</li>\n")
                    while depth > entry.depth {
                        page.bytes.append("</ol>\n</li>\n")
                        depth -= 1
                    }
                }
            }
            page.bytes.append("<li>")
            page.link(entry.text, href: entry.href)
        }
        if !entries.isEmpty { page.bytes.append("</li>\n") }
        while depth > 1 {
            page.bytes.append("</ol>\n</li>\n")
            depth -= 1
        }
        page.bytes.append("</ol>\n")
    }
}
