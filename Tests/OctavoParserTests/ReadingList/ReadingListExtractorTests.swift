import OctavoModel
import OctavoParser
import Testing

/// Bookmarks, works and inline links found in small posts.
@Suite struct ReadingListExtractorTests {
    func readingList(_ markdown: String) -> ReadingList {
        ReadingListExtractor().extract(from: MarkdownParser(dialect: .gfm).parse(Source(path: "post.md", text: markdown)))
    }

    @Test func titleIsTheShortParagraphAfterTheURLAndNotesFollowIt() {
        let list = readingList("# A\n\nhttps://a.org/x\n\nTitle\n\nFirst note.\n\n> quoted\n\n- item\n\n## B\n\nafter\n")
        #expect(list.bookmarks.count == 1)
        let bookmark = list.bookmarks[0]
        #expect(bookmark.url == "https://a.org/x")
        #expect(bookmark.title == "Title")
        #expect(bookmark.notes == ["First note.", "quoted", "item"])
        #expect(bookmark.sectionPath == ["A"])
        #expect(bookmark.line == 3)
    }

    @Test func aLongParagraphImageOrURLIsNotATitle() {
        let list = readingList("https://a.org\n\ntwo\nlines\n\n<https://b.org>\n\n![x](y.png)\n\n[https://c.org](https://c.org)\n\nC\n")
        #expect(list.bookmarks.map(\.url) == ["https://a.org", "https://b.org", "https://c.org"])
        #expect(list.bookmarks.map(\.title) == [nil, nil, "C"])
        #expect(list.bookmarks[0].notes == ["two\nlines"])
    }

    @Test func linkTextIsTheTitle() {
        let list = readingList("[Attention](https://arxiv.org/abs/1706.03762)\n\nnote\n")
        #expect(list.bookmarks.first?.title == "Attention")
        #expect(list.bookmarks.first?.notes == ["note"])
        #expect(list.links.isEmpty)
    }

    @Test func urlLinesInsideParagraphsListsQuotesAndTables() {
        let list = readingList("""
            intro
            https://a.org
            A title

            - https://b.org
              B title
            - text

            > https://c.org
            > C title

            | name | url |
            |------|-----|
            | D | https://d.org |

            ```
            https://code.org
            ```

            """)
        #expect(list.bookmarks.map(\.url) == ["https://a.org", "https://b.org", "https://c.org", "https://d.org"])
        #expect(list.bookmarks.map(\.title) == ["A title", "B title", "C title", nil])
        #expect(list.bookmarks.map(\.line) == [2, 5, 9, 14])
    }

    @Test func headingsAndRulesEndNotes() {
        let list = readingList("https://a.org\n\nA\n\nnote\n\n---\n\nnot a note\n")
        #expect(list.bookmarks.first?.notes == ["note"])
    }

    @Test func worksAreStandaloneOrMentionedWithTheirSentence() {
        let list = readingList("# 书\n\n《Deep Learning》\n\n我读了《论语》。然后读《孟子》和《A. B》！最后\n")
        #expect(list.works.map(\.title) == ["Deep Learning", "论语", "孟子", "A. B"])
        #expect(list.works.map(\.kind) == [.standalone, .mention, .mention, .mention])
        #expect(list.works.map(\.context) == [nil, "我读了《论语》。", "然后读《孟子》和《A. B》！", "然后读《孟子》和《A. B》！"])
        #expect(list.works.allSatisfy { $0.sectionPath == ["书"] })
    }

    @Test func inlineLinksAreTheOtherLinks() {
        let list = readingList("## S\n\nSee [the *docs*](https://x.org/docs) and https://y.org.\n\n[local](/about)\n")
        #expect(list.bookmarks.isEmpty)
        #expect(list.links.map(\.url) == ["https://x.org/docs", "https://y.org", "/about"])
        #expect(list.links.map(\.text) == ["the docs", "https://y.org", "local"])
        #expect(list.links.allSatisfy { $0.sectionPath == ["S"] })
    }

    @Test func idsComeFromContentNotPosition() {
        let before = readingList("# A\n\nhttps://A.org:443/\n\nT\n\n《Book》\n\n[x](https://x.org/#)\n")
        let after = readingList("# A\n\nNew text.\n\n## B\n\nhttps://a.org\n\nT\n\nmore 《 book 》 here\n\n[y](https://x.org)\n")
        #expect(before.bookmarks.map(\.id) == after.bookmarks.map(\.id))
        #expect(before.works.map(\.id) == after.works.map(\.id))
        #expect(before.links.map(\.id) == after.links.map(\.id))
        #expect(before.bookmarks[0].id.hasPrefix("b-") && before.bookmarks[0].id.count == 18)
    }

    @Test func distinctContentGetsDistinctIdsAndRepeatsAreNumbered() {
        let list = readingList("https://a.org/1\n\nhttps://a.org/2\n\nhttps://a.org/1\n\nhttp://a.org/1\n\nhttps://a.org/1#part\n")
        let ids = list.bookmarks.map(\.id)
        #expect(Set(ids).count == 5)
        #expect(ids[2] == ids[0] + "-2")
    }

    @Test func deeplyNestedQuotesDoNotExhaustTheStack() {
        let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 9))
        let link = Link(destination: "https://deep.org", content: [.text("https://deep.org")], style: .bare)
        var block = Block(.paragraph([.link(link)]), range: range)
        for _ in 0..<20_000 { block = Block(.blockQuote([block]), range: range) }
        let list = ReadingListExtractor().extract(from: Document(blocks: [block]))
        #expect(list.bookmarks.map(\.url) == ["https://deep.org"])
    }
}
