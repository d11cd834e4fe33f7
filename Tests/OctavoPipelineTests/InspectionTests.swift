import OctavoModel
import OctavoPipeline
import Testing

/// The outline and summary `octavo inspect` prints.
@Suite struct InspectionTests {
    func inspection(_ markdown: String) throws -> Inspection {
        let reading = try InputFormat.gfm.read(Array(markdown.utf8), path: "post.md")
        return Inspection(path: "post.md", document: reading.document)
    }

    @Test func outlineShowsBlocksWithPositionsByDepthThenReferences() throws {
        let outline = try inspection("# Links\n\nhttps://a.org\n\nA\n\n- 《Book》\n").outline
        #expect(outline == """
            post.md
              1:1-1:7 heading 1 "Links"
              3:1-3:13 paragraph "https://a.org"
              5:1-5:1 paragraph "A"
              7:1-7:12 list bullet - tight, 1 items
                7:3-7:12 paragraph "《Book》"
              bookmark 3 \(try inspection("https://a.org").document.readingList.bookmarks[0].id) https://a.org "A" in Links
              work 7 \(try inspection("《Book》").document.readingList.works[0].id) standalone "Book" in Links

            """)
    }

    @Test func summaryCountsNestedBlocksReferencesAndImages() throws {
        let summary = try inspection("> ![a](a.png) [x](/x)\n\nhttps://b.org\n\n| ![c](c.png) |\n|---|\n").summary
        #expect(summary == "post.md: 4 blocks, 1 bookmarks, 0 works, 1 links, 2 images, 0 math")
    }

    @Test func modeListsOutlinesThenSummariesAndReportsUnreadableInputs() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", "# A\n")
        let binary = try folder.write("b.md", "PK\u{0}\u{3}\u{0}")
        var mode = PostsToInspection(sink: MemorySink())
        var messages: [Diagnostic] = []
        let outcome = Batch(reader: .gfm, inputs: Input.list([post, "/nonexistent/post.md", binary])).run(&mode) { messages.append($0) }
        #expect(outcome == .failed)
        #expect(messages.map(\.path) == ["/nonexistent/post.md", binary])
        let text = String(decoding: mode.sink.bytes, as: UTF8.self)
        #expect(text == "\(post)\n  1:1-1:3 heading 1 \"A\"\n\n\(post): 1 blocks, 0 bookmarks, 0 works, 0 links, 0 images, 0 math\n")
    }
}
