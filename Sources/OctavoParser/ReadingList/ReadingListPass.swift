import OctavoModel

/// The state machine that turns reading events into bookmarks, works and links.
///
/// Containers (list items, quotes, table rows, footnotes) are scopes: a bookmark
/// found in one takes its title only from inside it and ends with it. Opening a
/// bookmark, a heading or a thematic break ends every open bookmark.
///
/// A paragraph is read line by line (its top-level inlines between line breaks), and
/// a line's plain text is only built when something is taken from it: a title, a
/// note, or the works its `《` may mark.
struct ReadingListPass {
    private struct Scope {
        /// The bookmark whose notes are being collected here.
        var open: Int?
        /// The last paragraph ended in an untitled URL: a one-line paragraph next is its title.
        var awaitingTitle = false
    }

    private var sections: [(level: Int, title: String)] = []
    /// The titles of `sections`, outermost first, shared by every reference below them.
    private var sectionPath: [String] = []
    private var scopes = [Scope()]
    private var bookmarks: [Bookmark] = []
    private var works: [Work] = []
    private var links: [InlineLink] = []
    private var bookmarkIDs = ReferenceIDs(prefix: "b")
    private var workIDs = ReferenceIDs(prefix: "w")
    private var linkIDs = ReferenceIDs(prefix: "l")
    private var reader = InlineLineReader()

    var readingList: ReadingList {
        ReadingList(bookmarks: bookmarks, works: works, links: links)
    }

    mutating func handle(_ event: ReadingEvent) {
        switch event {
        case .heading(let level, let content, let range):
            closeAll()
            sections.removeAll { $0.level >= level }
            let text = reader.text(of: content[...])
            sections.append((level, text))
            sectionPath = sections.map(\.title)
            record(content[...], text: text, in: range, at: range.start.line, isHeading: true)
        case .thematicBreak:
            closeAll()
        case .enter:
            scopes[scopes.count - 1].awaitingTitle = false
            scopes.append(Scope())
        case .exit:
            if scopes.count > 1 { scopes.removeLast() }
        case .paragraph(let content, let range, let firstLine):
            paragraph(content, in: range, firstLine: firstLine, splitsLines: true)
        case .cell(let content, let range, let line):
            paragraph(content, in: range, firstLine: line, splitsLines: false)
        case .literal(let text):
            scopes[scopes.count - 1].awaitingTitle = false
            if hasOpenBookmark { addNote(text.trimmingSpaces) }
        }
    }

    // MARK: Paragraphs

    /// Reads a paragraph (or, without `splitsLines`, a table cell) line by line: a line
    /// that is one web link opens a bookmark, the line after an untitled one is its title,
    /// and the other lines are notes of the open bookmark.
    private mutating func paragraph(_ content: [Inline], in range: SourceRange, firstLine: Int, splitsLines: Bool) {
        let current = scopes.count - 1
        let isOneLine = !splitsLines || InlineLineReader.firstLineBreak(content[...]) == content.endIndex
        let awaiting = scopes[current].awaitingTitle && isOneLine
        scopes[current].awaitingTitle = false
        var takesNotes = hasOpenBookmark
        var nextLineIsTitle = false
        var note = ""
        var lineStart = content.startIndex
        var lineOffset = 0
        while true {
            let lineEnd = splitsLines ? InlineLineReader.firstLineBreak(content[lineStart...]) : content.endIndex
            let line = content[lineStart..<lineEnd]
            let isLastLine = lineEnd == content.endIndex
            let number = firstLine + lineOffset
            let bookmark = InlineLineReader.soleWebLink(line)
            if reader.mayHoldTitleMark(line) {
                record(line, text: reader.text(of: line), in: range, at: number, isBookmark: bookmark != nil)
            } else if bookmark == nil {
                recordLinks(line, in: range, at: number)
            }
            if let bookmark, case .link(let link) = line[bookmark] {
                addNote(note)
                note = ""
                let titled = open(link, in: range, at: number)
                takesNotes = true
                nextLineIsTitle = !titled && !isLastLine
                scopes[current].awaitingTitle = !titled && isLastLine
            } else if (nextLineIsTitle || awaiting) && scopes[current].open != nil, case let text = reader.text(of: line),
                      !text.isEmpty && !InlineLineReader.isImageOnly(line), let open = scopes[current].open {
                bookmarks[open].title = text
                nextLineIsTitle = false
            } else {
                nextLineIsTitle = false
                if takesNotes {
                    let text = reader.text(of: line)
                    if !text.isEmpty {
                        if !note.isEmpty { note += "\n" }
                        note += text
                    }
                }
            }
            if isLastLine { break }
            lineOffset += reader.nestedLineEndings(in: line) + 1
            lineStart = lineEnd + 1
        }
        addNote(note)
    }

    /// Opens a bookmark for `link`; true when the link text gave it a title.
    private mutating func open(_ link: Link, in range: SourceRange, at line: Int) -> Bool {
        closeAll()
        var title: String?
        if link.style == .inline || link.style == .reference {
            let text = reader.text(of: link.content[...])
            if !text.isEmpty && text != link.destination { title = text }
        }
        let id = bookmarkIDs.next(forURL: link.destination)
        bookmarks.append(Bookmark(
            contentID: id.contentID, occurrence: id.occurrence,
            url: link.destination, title: title, sectionPath: sectionPath, range: range, line: line))
        scopes[scopes.count - 1].open = bookmarks.count - 1
        return title != nil
    }

    private var hasOpenBookmark: Bool {
        scopes.contains { $0.open != nil }
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

    /// Records the works in `line`, whose trimmed plain text is `text`, and, unless it is
    /// a bookmark's URL, its links. A heading names a section, so a title there is a
    /// mention even when alone.
    private mutating func record(
        _ line: ArraySlice<Inline>, text: String, in range: SourceRange, at number: Int, isHeading: Bool = false, isBookmark: Bool = false
    ) {
        for found in TitleMarks.find(in: text) {
            let standalone = found.isWholeLine && !isHeading
            let id = workIDs.next(for: TitleMarks.normalise(found.title))
            works.append(Work(
                contentID: id.contentID, occurrence: id.occurrence,
                title: found.title,
                kind: standalone ? .standalone : .mention,
                context: standalone ? nil : found.sentence,
                sectionPath: sectionPath, range: range, line: number))
        }
        if !isBookmark { recordLinks(line, in: range, at: number) }
    }

    /// Records every link in `line`, however deeply nested, in reading order.
    private mutating func recordLinks(_ line: ArraySlice<Inline>, in range: SourceRange, at number: Int) {
        for link in reader.links(in: line) {
            let id = linkIDs.next(forURL: link.destination)
            links.append(InlineLink(
                contentID: id.contentID, occurrence: id.occurrence,
                url: link.destination,
                text: reader.text(of: link.content[...]),
                sectionPath: sectionPath, range: range, line: number))
        }
    }
}
