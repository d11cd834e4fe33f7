import OctavoModel

/// The semantic pass: finds a document's bookmarks, works and inline links.
///
/// Readers run it after parsing; `MarkdownParser` does not, so the tree and its
/// reading list stay separate steps.
public struct ReadingListExtractor: Sendable {
    public init() {}

    public func extract(from document: Document) -> ReadingList {
        var pass = ReadingListPass()
        ReadingEvent.send(document.blocks, to: &pass)
        return pass.readingList
    }
}
