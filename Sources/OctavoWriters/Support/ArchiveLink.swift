import OctavoModel

/// Links to the Wayback Machine's copy of a page as it was when a post linked to it
/// (`--archive-links`): `https://web.archive.org/web/YYYYMMDD/URL`, dated to the post,
/// where the archive shows the copy nearest that day. Made from the URL alone: no
/// network is used, and whether a copy exists is not checked.
public enum ArchiveLink {
    /// The archive's address of `url` (in its WHATWG form when it parses) on the day
    /// of `date`; without a date, the archive's newest copy.
    public static func url(for url: String, date: PostDate?) -> String {
        let address = WebAddress(parsing: url)?.description ?? url
        guard let date else { return "https://web.archive.org/web/" + address }
        return "https://web.archive.org/web/" + date.calendarDay(separator: "") + "/" + address
    }

    /// The text of the link written beside a bookmark.
    static let linkText = "archived"

    /// The class the markup formats give that link.
    static let linkClass = "archive-link"

    /// `document`'s blocks with ` (archived)` after the link of each bookmark, linking
    /// to its copy on the post's date.
    static func blocks(of document: Document) -> [Block] {
        var urlsByBlock: [SourceRange: Set<String>] = [:]
        for bookmark in document.readingList.bookmarks {
            urlsByBlock[bookmark.range, default: []].insert(serialised(bookmark.url))
        }
        guard !urlsByBlock.isEmpty else { return document.blocks }
        var blocks = document.blocks
        let date = document.metadata.date
        blocks.updateEachBlock { block in
            guard let urls = urlsByBlock[block.range] else { return }
            switch block.kind {
            case .paragraph(let content):
                block.kind = .paragraph(adding(content, urls: urls, date: date))
            case .table(var table):
                table.header = table.header.map { adding($0, urls: urls, date: date) }
                table.rows = table.rows.map { $0.map { adding($0, urls: urls, date: date) } }
                block.kind = .table(table)
            case .heading, .thematicBreak, .blockQuote, .list, .codeBlock, .html, .footnoteDefinition, .math, .tableOfContents,
                 .definitionList:
                break
            }
        }
        return blocks
    }

    /// `inlines` with the archive link after each link to one of `urls`.
    private static func adding(_ inlines: [Inline], urls: Set<String>, date: PostDate?) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            result.append(inline)
            if case .link(let link) = inline, urls.contains(serialised(link.destination)) {
                let archive = Link(destination: url(for: link.destination, date: date), content: [.text(linkText)], style: .inline,
                                   attributes: Attributes(classes: [linkClass]))
                result += [.text(" ("), .link(archive), .text(")")]
            }
        }
        return result
    }

    /// A URL in its WHATWG form, so a bookmark whose URL was already serialised still
    /// finds its link.
    private static func serialised(_ url: String) -> String {
        WebAddress(parsing: url)?.description ?? url
    }
}
