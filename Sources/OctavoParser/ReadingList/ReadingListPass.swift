import OctavoModel

/// The state machine that turns reading events into bookmarks, works and links.
///
/// Containers (list items, quotes, table rows, footnotes) are scopes: a bookmark
/// found in one takes its title only from inside it and ends with it. Opening a
/// bookmark, a heading or a thematic break ends every open bookmark.
struct ReadingListPass {
    private struct Scope {
        /// The bookmark whose notes are being collected here.
        var open: Int?
        /// The last paragraph ended in an untitled URL: a one-line paragraph next is its title.
        var awaitingTitle = false
    }

    private var sections: [(level: Int, title: String)] = []
    private var scopes = [Scope()]
    private var bookmarks: [Bookmark] = []
    private var works: [Work] = []
    private var links: [InlineLink] = []
    private var bookmarkIDs = ReferenceIDs(prefix: "b")
    private var workIDs = ReferenceIDs(prefix: "w")
    private var linkIDs = ReferenceIDs(prefix: "l")

    var readingList: ReadingList {
        ReadingList(bookmarks: bookmarks, works: works, links: links)
    }

    mutating func handle(_ event: ReadingEvent) {
        switch event {
        case .heading(let level, let content, let range):
            closeAll()
            sections.removeAll { $0.level >= level }
            let line = InlineLine(inlines: content)
            sections.append((level, line.text))
            record(line, text: line.text, in: range, at: range.start.line, isHeading: true)
        case .thematicBreak:
            closeAll()
        case .enter:
            scopes[scopes.count - 1].awaitingTitle = false
            scopes.append(Scope())
        case .exit:
            if scopes.count > 1 { scopes.removeLast() }
        case .lines(let lines, let range, let firstLine):
            paragraph(lines, in: range, firstLine: firstLine)
        case .literal(let text):
            scopes[scopes.count - 1].awaitingTitle = false
            if scopes.contains(where: { $0.open != nil }) { addNote(text.trimmingSpaces) }
        }
    }

    // MARK: Paragraphs

    private mutating func paragraph(_ lines: [InlineLine], in range: SourceRange, firstLine: Int) {
        let awaiting = scopes[scopes.count - 1].awaitingTitle && lines.count == 1
        scopes[scopes.count - 1].awaitingTitle = false
        var nextLineIsTitle = false
        var note: [String] = []
        for (index, line) in lines.enumerated() {
            let link = line.soleWebLink
            let number = firstLine + line.lineOffset
            let text = line.text
            record(line, text: text, in: range, at: number, isBookmark: link != nil)
            if let link {
                addNote(note.joined(separator: "\n"))
                note = []
                let titled = open(link, in: range, at: number)
                let isLastLine = index == lines.count - 1
                nextLineIsTitle = !titled && !isLastLine
                scopes[scopes.count - 1].awaitingTitle = !titled && isLastLine
                continue
            }
            if (nextLineIsTitle || awaiting) && !text.isEmpty && !line.isImageOnly,
               let current = scopes[scopes.count - 1].open {
                bookmarks[current].title = text
                nextLineIsTitle = false
                continue
            }
            nextLineIsTitle = false
            if !text.isEmpty { note.append(text) }
        }
        addNote(note.joined(separator: "\n"))
    }

    /// Opens a bookmark for `link`; true when the link text gave it a title.
    private mutating func open(_ link: Link, in range: SourceRange, at line: Int) -> Bool {
        closeAll()
        var title: String?
        if link.style == .inline || link.style == .reference {
            let text = link.content.plainText.trimmingSpaces
            if !text.isEmpty && text != link.destination { title = text }
        }
        bookmarks.append(Bookmark(
            id: bookmarkIDs.next(for: URLNormalizer.normalise(link.destination)),
            url: link.destination, title: title, sectionPath: sectionPath, range: range, line: line))
        scopes[scopes.count - 1].open = bookmarks.count - 1
        return title != nil
    }

    private mutating func addNote(_ text: String) {
        guard !text.isEmpty, let scope = scopes.last(where: { $0.open != nil }), let index = scope.open else { return }
        bookmarks[index].notes.append(text)
    }

    private mutating func closeAll() {
        for index in scopes.indices {
            scopes[index].open = nil
            scopes[index].awaitingTitle = false
        }
    }

    // MARK: Works and links

    /// Records the works in `line` and, unless it is a bookmark's URL, its links.
    /// A heading names a section, so a title there is a mention even when alone.
    private mutating func record(
        _ line: InlineLine, text: String, in range: SourceRange, at number: Int, isHeading: Bool = false, isBookmark: Bool = false
    ) {
        for found in TitleMarks.find(in: text) {
            let standalone = found.isWholeLine && !isHeading
            works.append(Work(
                id: workIDs.next(for: TitleMarks.normalise(found.title)),
                title: found.title,
                kind: standalone ? .standalone : .mention,
                context: standalone ? nil : found.sentence,
                sectionPath: sectionPath, range: range, line: number))
        }
        guard !isBookmark else { return }
        for link in line.links {
            links.append(InlineLink(
                id: linkIDs.next(for: URLNormalizer.normalise(link.destination)),
                url: link.destination,
                text: link.content.plainText.trimmingSpaces,
                sectionPath: sectionPath, range: range, line: number))
        }
    }

    private var sectionPath: [String] { sections.map(\.title) }
}
