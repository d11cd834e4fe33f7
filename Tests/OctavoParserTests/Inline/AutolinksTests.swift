import OctavoModel
import Testing
@testable import OctavoParser

/// Extended autolinks in CJK prose and bookmarks: where a bare URL ends.
@Suite struct AutolinksTests {
    private func links(_ text: String, dialect: MarkdownDialect = .kramdown) -> [String] {
        let context = InlineContext(references: [:], footnoteLabels: [], dialect: dialect)
        var parser = InlineParser(context: context)
        return parser.parse(Array(text.utf8)[...]).compactMap { inline in
            if case .link(let link) = inline { link.destination } else { nil }
        }
    }

    @Test(arguments: [MarkdownDialect.gfm, .kramdown])
    func aBareURLEndsAtCJKPunctuation(dialect: MarkdownDialect) {
        #expect(links("http://127.0.0.1:9000，并使用这个", dialect: dialect) == ["http://127.0.0.1:9000"])
        #expect(links("见 www.example.com，然后", dialect: dialect) == ["http://www.example.com"])
        #expect(links("例子（http://httpd.apache.org/docs/cgi.html）", dialect: dialect) == ["http://httpd.apache.org/docs/cgi.html"])
        #expect(links("地址「https://example.org/a」和『https://example.org/b』。", dialect: dialect)
            == ["https://example.org/a", "https://example.org/b"])
        #expect(links("问https://example.com/q？答", dialect: dialect) == ["https://example.com/q"])
    }

    @Test(arguments: [MarkdownDialect.gfm, .kramdown])
    func aCJKLetterAfterAnASCIIOneEndsIt(dialect: MarkdownDialect) {
        #expect(links("访问https://example.com/docs查看详情", dialect: dialect) == ["https://example.com/docs"])
        #expect(links("https://zh.wikipedia.org/wiki/中国", dialect: dialect) == ["https://zh.wikipedia.org/wiki/中国"])
        #expect(links("https://例子.测试/路径", dialect: dialect) == ["https://例子.测试/路径"])
    }

    @Test func aBookmarkAloneOnItsLineKeepsATrailingQuestionMarkOrUnderscore() {
        #expect(links("https://example.com/search?") == ["https://example.com/search?"])
        #expect(links("  https://example.com/x_\nIts title") == ["https://example.com/x_"])
        #expect(links("See https://example.com/a? or not.") == ["https://example.com/a"])
        #expect(links("https://example.com/search?", dialect: .gfm) == ["https://example.com/search"])
    }
}
