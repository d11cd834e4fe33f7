import OctavoModel
import Testing

/// Bookmarks as collection outputs carry them: URLs in WHATWG form, the ones that are
/// no URL left out with a warning at their line.
@Suite struct ReadingListWebAddressesTests {
    private func bookmark(_ url: String, line: Int) -> Bookmark {
        Bookmark(contentID: url, url: url, range: SourceRange(start: SourcePosition(line: line, column: 3),
                                                       end: SourcePosition(line: line + 1, column: 1)), line: line)
    }

    @Test func keepsURLsInWHATWGFormAndLeavesOutTheRestWithAWarning() {
        let list = ReadingList(bookmarks: [bookmark("HTTP://Example.com:80/a/../b", line: 3), bookmark("http://[::1", line: 7),
                                           bookmark("https://例え.テスト", line: 9)])
        let (checked, warnings) = list.withWebAddresses(path: "post.md")
        #expect(checked.bookmarks.map(\.url) == ["http://example.com/b", "https://xn--r8jz45g.xn--zckzah/"])
        #expect(warnings.map(\.description) == ["post.md:7:3: warning: bookmark left out: \"http://[::1\" is not a URL"])
    }
}
