import Testing
import OctavoModel
import OctavoParser
import OctavoPipeline
import OctavoWriters

/// Renderings into one output: streamed in pieces when inputs go one at a time, the
/// same bytes either way.
@Suite struct PostsToStreamTests {
    @Test(arguments: [1, 4])
    func streamedJSONIsTheRenderingOfEachInput(jobs: Int) throws {
        let folder = try TemporaryFolder()
        let posts = try (0..<3).map { try folder.write("\($0).md", "# Post \($0)\n\n" + String(repeating: "A paragraph of text.\n\n", count: 4000)) }
        let writer = JSONWriter(options: .init())
        for inputs in [[posts[0]], posts] {
            let run = streamed(inputs, writer: writer, jobs: jobs)
            #expect(run.outcome == .succeeded)
            #expect(run.sink.finished)
            let expected = try inputs.map { path in
                writer.rendering(try InputFormat.gfm.read(try Input(argument: path).read(), path: path).document).bytes.array
            }
            #expect(run.sink.bytes == Array(expected.joined()))
            if jobs == 1 || inputs.count == 1 {
                #expect(run.sink.chunks.count > inputs.count, "streamed in pieces")
            }
        }
    }

    @Test func streamingStopsQuietlyWhenTheOutputCloses() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", String(repeating: "Text.\n\n", count: 30000))
        let run = streamed([post, post], writer: JSONWriter(options: .init()), sink: MemorySink(closed: true))
        #expect(run.outcome == .outputClosed)
        #expect(run.sink.chunks.isEmpty)
    }
}
