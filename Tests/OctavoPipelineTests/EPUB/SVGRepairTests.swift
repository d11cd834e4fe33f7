@testable import OctavoPipeline
import Testing

/// SVG ids that are not XML names are renamed with every reference to them, and
/// references to missing elements are dropped; the rest of the bytes stay as they were.
@Suite struct SVGRepairTests {
    private func repaired(_ svg: String) -> String? {
        SVGRepair.repairing(Array(svg.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func idsThatAreNotNamesAreRenamedWithTheirReferences() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>.a { fill: url(#1abc); }</style>
            <defs><linearGradient id="1abc"/><path id="a b" d="M0 0"/></defs>
            <rect fill="url(#1abc)" style="stroke: url('#a b'); fill: url(#1abc)"/>
            <use href="#a b"/><use xlink:href="#1abc"/>
            </svg>
            """
        #expect(repaired(svg) == """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>.a { fill: url(#_1abc); }</style>
            <defs><linearGradient id="_1abc"/><path id="a_b" d="M0 0"/></defs>
            <rect fill="url(#_1abc)" style="stroke: url(#a_b); fill: url(#_1abc)"/>
            <use href="#a_b"/><use xlink:href="#_1abc"/>
            </svg>
            """)
    }

    @Test func referencesToMissingElementsAreDropped() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg"><rect id="r" fill="url(#x)" style="fill:url(#gone);stroke:red"/>\
            <use href="#missing" x="1"/><use href="#r"/><a href="#r">r</a></svg>
            """
        #expect(repaired(svg) == """
            <svg xmlns="http://www.w3.org/2000/svg"><rect id="r" fill="none" style="fill:none;stroke:red"/>\
            <use x="1"/><use href="#r"/><a href="#r">r</a></svg>
            """)
    }

    @Test func repeatedIdsGetNamesOfTheirOwnAndReferencesKeepTheFirst() {
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg"><g id="a"/><g id="a"/><g id="a-2"/><use href="#a"/></svg>"##
        #expect(repaired(svg) == ##"<svg xmlns="http://www.w3.org/2000/svg"><g id="a"/><g id="a-3"/><g id="a-2"/><use href="#a"/></svg>"##)
    }

    @Test func validImagesKeepTheirBytes() {
        let svg = """
            <?xml version="1.0"?>
            <!-- id="1abc" in a comment -->
            <svg xmlns="http://www.w3.org/2000/svg"><defs><g id="中文"/></defs><use href="#中文"/><text>url(#nothing)</text></svg>
            """
        #expect(repaired(svg) == svg)
    }

    @Test func characterReferencesInIdsCannotBeRepaired() {
        #expect(repaired(##"<svg xmlns="http://www.w3.org/2000/svg"><g id="a&#32;b"/></svg>"##) == nil)
    }

    @Test func isNameFollowsXMLNamesWithoutColons() {
        for name in ["a", "_1", "a-b.c", "中文", "é1"] { #expect(SVGRepair.isName(name), "\(name)") }
        for name in ["", "1abc", "a b", "a:b", "-a", ".a", "a,b"] { #expect(!SVGRepair.isName(name), "\(name)") }
    }
}
