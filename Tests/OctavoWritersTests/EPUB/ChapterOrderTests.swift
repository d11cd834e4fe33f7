import OctavoModel
import Testing
@testable import OctavoWriters

@Suite struct ChapterOrderTests {
    private func post(_ date: String?) -> Document {
        Document(metadata: Metadata(date: date.flatMap { PostDate(parsing: $0) }), blocks: [])
    }

    @Test func dateOrderPutsUndatedPostsLastAndKeepsTiesInInputOrder() {
        let documents = [post("2020-01-02"), post(nil), post("2019-05-01"), post("2020-01-02"), post(nil), post("2020-01-01 23:00 -0200")]
        #expect(ChapterOrder.date.arrange(documents) == [2, 0, 3, 5, 1, 4])
        #expect(ChapterOrder.input.arrange(documents) == [0, 1, 2, 3, 4, 5])
    }
}
