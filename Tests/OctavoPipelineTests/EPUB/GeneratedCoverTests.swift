@testable import OctavoPipeline
import OctavoWriters
import Testing

/// The generated cover passes the same check as any SVG image a book carries.
@Suite struct GeneratedCoverTests {
    @Test(arguments: ["Notes & <things>", "读书笔记 2019–2024", "\u{1}"])
    func isASafeSVGImage(title: String) {
        let svg = GeneratedCover.svg(title: title, creators: ["A \"Writer\""], years: 2019...2024)
        #expect(SVGSafety.problem(svg, path: "cover.svg") == nil)
    }
}
