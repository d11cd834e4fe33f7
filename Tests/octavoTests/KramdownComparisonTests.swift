import Foundation
import Testing

/// The built binary renders every post with the block structure kramdown gives it
/// (scripts/compare-kramdown, which needs Ruby's kramdown): the fixture site's posts.
@Suite struct KramdownComparisonTests {
    @Test func everyFixturePostAgreesWithKramdown() throws {
        let posts = try TestData.sitePosts
        try Self.compare(posts, expecting: "\(posts.count) of \(posts.count) posts agree with kramdown")
    }

    /// Runs scripts/compare-kramdown over `posts` (none: its default, the shared corpus and
    /// seed) and expects every post to agree and the report to contain `summary`.
    static func compare(_ posts: [String], expecting summary: String) throws {
        var arguments = ["python3", OctavoBinary.packageRoot.appendingPathComponent("scripts/compare-kramdown").path,
                         "--octavo", OctavoBinary.url.path, "--shared", TestData.sharedFolder.path]
        arguments += posts
        let result = try ExternalTool.run(arguments)
        #expect(result.status != 2, "compare-kramdown could not run (is ruby-kramdown installed?):\n\(result.output)")
        #expect(result.status == 0, "posts differ from kramdown:\n\(result.output)")
        #expect(result.output.contains(summary), "\(result.output)")
    }
}

/// The same over the shared corpus and seed.
@Suite struct KramdownComparisonCorpusTests {
    @Test func everyCorpusPostAgreesWithKramdown() throws {
        try KramdownComparisonTests.compare([], expecting: "64 of 64 posts agree with kramdown")
    }
}
