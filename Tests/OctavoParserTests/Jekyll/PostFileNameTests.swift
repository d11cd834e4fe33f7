import OctavoModel
@testable import OctavoParser
import Testing

/// Dates and slugs from post file names.
@Suite struct PostFileNameTests {
    @Test func unpaddedAndPaddedDates() {
        #expect(PostFileName(path: "posts/2026-7-9-Russia_12.markdown")
            == PostFileName(date: PostDate(year: 2026, month: 7, day: 9), slug: "Russia_12"))
        #expect(PostFileName(path: "2015-01-04-misc.md")
            == PostFileName(date: PostDate(year: 2015, month: 1, day: 4), slug: "misc"))
        #expect(PostFileName(path: "a/b/2016-11-2-ubuntu-usage-2.md")
            == PostFileName(date: PostDate(year: 2016, month: 11, day: 2), slug: "ubuntu-usage-2"))
        #expect(PostFileName(path: "2024-2-29-leap.md")?.date == PostDate(year: 2024, month: 2, day: 29))
    }

    @Test func namesWithoutAValidDateAreAllSlug() {
        for (path, slug) in [("about.md", "about"), ("drafts/2017-13-40-x.md", "2017-13-40-x"),
                             ("2023-2-29-not-leap.md", "2023-2-29-not-leap"), ("2017-1-2-.md", "2017-1-2-"),
                             ("17-1-2-short-year.md", "17-1-2-short-year"), ("2017-001-2-x.md", "2017-001-2-x"),
                             ("2017-1-2", "2017-1-2"), (".hidden", ".hidden"), ("no-extension", "no-extension")] {
            #expect(PostFileName(path: path) == PostFileName(date: nil, slug: slug), "\(path)")
        }
    }

    @Test func anEmptyNameHasNoSlug() {
        #expect(PostFileName(path: "") == nil)
        #expect(PostFileName(path: "posts/") == nil)
    }
}
