import OctavoModel

/// The semantic pass: finds a document's bookmarks, works and inline links.
///
/// Readers run it after parsing; `MarkdownParser` does not, so the tree and its
/// reading list stay separate steps.
public struct ReadingListExtractor: Sendable {
    public init() {}

    public func extract(from document: Document) -> ReadingList {
        var pass = ReadingListPass()
        for event in ReadingEvent.events(of: document.blocks) {
            pass.handle(event)
        }
        return pass.readingList
    }
}
