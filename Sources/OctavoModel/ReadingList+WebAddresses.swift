extension ReadingList {
    /// The reading list as collection outputs carry it: every bookmark's URL in its
    /// WHATWG serialised form (`WebAddress`), and each bookmark whose URL is no URL left
    /// out with a warning at its line in the post read from `path`, so that one bad
    /// bookmark costs only itself.
    public func withWebAddresses(path: String) -> (readingList: ReadingList, warnings: [Diagnostic]) {
        var list = self
        var warnings: [Diagnostic] = []
        list.bookmarks = bookmarks.compactMap { bookmark in
            guard let address = WebAddress(parsing: bookmark.url) else {
                let column = bookmark.line == bookmark.range.start.line ? bookmark.range.start.column : 1
                warnings.append(Diagnostic(.warning, path: path, position: SourcePosition(line: bookmark.line, column: column),
                                           message: "bookmark left out: \"\(bookmark.url)\" is not a URL"))
                return nil
            }
            var bookmark = bookmark
            bookmark.url = address.description
            return bookmark
        }
        return (list, warnings)
    }
}
