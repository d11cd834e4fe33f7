import Foundation
import Testing

/// `octavo inspect --math` and `scripts/check-math`, run as programs.
@Suite struct MathCommandTests {
    @Test func warnsAtEachProblemAndCountsCleanFormulas() throws {
        let workspace = try Workspace()
        try workspace.write("post.md", """
            # Notes

            Inline $$x^2$$ and $$a + \\foo$$ here.

            $$
            \\frac{1}{2} +
            \\left( b
            $$

            <div>
            $$\\sum_i x_i$$
            </div>

            """)
        let result = try OctavoBinary.run(["inspect", "--math", "post.md"], in: workspace.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output == """
            post.md:3:26: warning: unknown command \\foo in $$a + \\foo$$
            post.md:7:1: warning: \\left without \\right in $$\\frac{1}{2} + \\left( b$$
            4 formulas, 2 convert without merror or warning

            """)
    }

    @Test func checkMathFindsAndConvertsEveryFixtureFormula() throws {
        let (found, converted) = try Self.checkMath(TestData.site.appendingPathComponent("_posts"))
        #expect(found > 10)
        #expect(converted == found)
    }

    /// Runs scripts/check-math over `posts`: how many `$$` formulas it found and how
    /// many converted, after checking the first is every pair of `$$` in the posts.
    static func checkMath(_ posts: URL) throws -> (found: Int, converted: Int) {
        let names = try FileManager.default.contentsOfDirectory(atPath: posts.path).filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }
        let pairs = try names.reduce(0) { count, name in
            let text = try String(contentsOf: posts.appendingPathComponent(name), encoding: .utf8)
            return count + (text.components(separatedBy: "$$").count - 1) / 2
        }
        let script = OctavoBinary.packageRoot.appendingPathComponent("scripts/check-math").path
        let result = try ExternalTool.run(["bash", script, "--octavo", OctavoBinary.url.path, posts.path])
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        let counts = summary.split(separator: " ").compactMap { Int($0) }
        #expect(counts.count == 2, "\(result.output)")
        #expect(counts.first == pairs, "\(result.output)")
        #expect(result.status == (counts.first == counts.last ? 0 : 1))
        return (counts.first ?? 0, counts.last ?? 0)
    }
}

/// scripts/check-math over the shared corpus.
@Suite struct MathCommandCorpusTests {
    @Test func checkMathFindsEveryCorpusFormulaAndAllButOneConvert() throws {
        let (found, converted) = try MathCommandTests.checkMath(TestData.sharedFolder.appendingPathComponent("corpus/posts"))
        #expect(converted >= found - 1)
    }
}
