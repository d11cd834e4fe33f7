import OctavoModel
@testable import OctavoParser
import Testing

/// Loops and output are bounded per post.
@Suite struct LiquidBoundsTests {
    @Test func loopsStopAfterTheIterationLimit() {
        let (text, warnings) = LiquidTestSite.render("{% for i in (1..60000) %}{% for j in (1..2) %}{% endfor %}{% endfor %}end")
        #expect(!text.hasSuffix("end"))
        #expect(warnings.map(\.message) == ["Liquid: more than 100000 loop iterations; the rest of the post is left out"])
    }

    @Test func outputStopsAtTheSizeLimit() {
        let template = "{% capture k %}" + String(repeating: "k", count: 1000) + "{% endcapture %}{% for i in (1..20000) %}{{ k }}{% endfor %}"
        let (text, warnings) = LiquidTestSite.render(template)
        #expect(text.utf8.count <= LiquidRenderer.outputLimit)
        #expect(warnings.map(\.message) == ["Liquid: output is larger than 10 MB; the rest of the post is left out"])
    }

    @Test func aLongRangeIsRefused() {
        let (text, warnings) = LiquidTestSite.render("[{% for i in (1..1000000000) %}{% endfor %}]")
        #expect(text == "[]")
        #expect(warnings.count == 1)
    }

    @Test func aRangeFromAHugeNumberIsRefused() {
        let site = LiquidSite(root: nil, configuration: .hash([LiquidEntry(key: "big", value: .double(1e300))]))
        let (text, warnings) = LiquidTestSite.render("[{% for i in (1..site.big) %}{% endfor %}]", site: site)
        #expect(text == "[]")
        #expect(warnings.map(\.message) == ["Liquid: a range of more than 100000 numbers is too long"])
    }
}
