import OctavoModel
import OctavoParser
import Testing

/// The seed post: a link collection with a paper list.
@Suite struct SeedReadingListCorpusTests {
    static let path = "seed/2017-12-22-multi-task-learning.markdown"

    @Test func bookmarksBySection() throws {
        let bookmarks = try Posts.parse(Self.path).document.readingList.bookmarks
        #expect(bookmarks.count == 43)
        #expect(bookmarks.filter { $0.sectionPath == ["多任务学习", "教程"] }.count == 1)
        #expect(bookmarks.filter { $0.sectionPath == ["多任务学习", "参考"] }.count == 37)
        #expect(bookmarks.filter { $0.sectionPath == ["欧洲+"] }.count == 5)
    }

    @Test func eachBookmarkIsTitledByTheLineAfterItsURL() throws {
        let post = try Posts.parse(Self.path)
        let lines = post.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for bookmark in post.document.readingList.bookmarks {
            #expect(lines[bookmark.line - 1] == bookmark.url)
            #expect(bookmark.title == lines[bookmark.line + 1], "line \(bookmark.line)")
            #expect(bookmark.notes.isEmpty, "line \(bookmark.line)")
        }
        let first = try #require(post.document.readingList.bookmarks.first)
        #expect(first.url == "http://cs330.stanford.edu/")
        #expect(first.title == "CS 330: Deep Multi-Task and Meta Learning")
    }

    @Test func theTwoPaperParagraphsAreStandaloneWorks() throws {
        let works = try Posts.parse(Self.path).document.readingList.works
        let standalone = works.filter { $0.kind == .standalone }
        #expect(standalone.map(\.title) == [
            "Multi-Task Learning for Dense Prediction Tasks: A Survey",
            "Progressive Layered Extraction (PLE): A Novel Multi-Task Learning (MTL) Model for Personalized Recommendations",
        ])
        #expect(standalone.allSatisfy { $0.sectionPath == ["多任务学习", "论文"] && $0.context == nil })
        let treaty = try #require(works.first { $0.title == "伦敦议定书" })
        #expect(treaty.kind == .mention)
        #expect(treaty.context == "两德的边境不是自然形成的，也不是根据二战结束时的军事分界线划分的，而是根据1944年《伦敦议定书》划分的。")
    }
}
