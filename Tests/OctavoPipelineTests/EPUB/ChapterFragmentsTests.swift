import OctavoModel
import Testing
@testable import OctavoPipeline

@Suite struct ChapterFragmentsTests {
    private let chapter = Array("""
        <h2 id="a&amp;b">A &amp; B</h2><p>id="fake" and <a href="#fake">x</a></p>\
        <p><a href="#a&amp;b">y</a> <a class="k" href="#%E7%AC%94">z</a> <a href="#">top</a> <a href="https://x/#y">w</a></p>\
        <aside id="笔" epub:type="footnote"/>
        """.utf8)

    @Test func identifiersAreTheUnescapedIdAttributesOfTags() {
        #expect(ChapterFragments.identifiers(in: chapter) == ["a&b", "笔"])
    }

    @Test func onlyLinksToMissingFragmentsOfKnownChaptersChange() {
        let other = Array("<p><a href=\"chapter-001.xhtml#a&amp;b\">1</a><a href=\"chapter-001.xhtml#gone\">2</a></p>".utf8)
        let identifiers = ["chapter-001.xhtml": ChapterFragments.identifiers(in: chapter), "chapter-002.xhtml": Set<String>()]
        let own = ChapterFragments.repairing(chapter, href: "chapter-001.xhtml", identifiers: identifiers)
        #expect(own.repairs == [ChapterFragments.Repair(fragment: "fake", href: "#fake")])
        #expect(String(decoding: own.bytes, as: UTF8.self)
            == String(decoding: chapter, as: UTF8.self).replacingOccurrences(of: "href=\"#fake\"", with: "href=\"chapter-001.xhtml\""))
        let linked = ChapterFragments.repairing(other, href: "chapter-002.xhtml", identifiers: identifiers)
        #expect(linked.repairs.map(\.href) == ["chapter-001.xhtml#gone"])
        #expect(String(decoding: linked.bytes, as: UTF8.self)
            == "<p><a href=\"chapter-001.xhtml#a&amp;b\">1</a><a href=\"chapter-001.xhtml\">2</a></p>")
    }
}
