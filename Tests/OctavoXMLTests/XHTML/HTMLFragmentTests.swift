import Foundation
import OctavoXML
import Testing

/// Raw HTML comes out of `HTMLFragment.sanitize` well-formed, in the XHTML subset
/// Octavo writes, with what is unsafe left out and reported.
@Suite struct HTMLFragmentTests {
    private func flow(_ html: String) -> SanitizedFragment {
        HTMLFragment.sanitize(html, context: .flow)
    }

    private func phrasing(_ html: String) -> String {
        HTMLFragment.sanitize(html, context: .phrasing).xhtml
    }

    @Test func dropsScriptsStylesAndEmbeddedContentWithWhatIsInside() {
        let fragment = flow("""
            <p>a<script>alert("x")</script>b</p><style>p { color: red }</style>\
            <iframe src="https://example.org/"></iframe><object data="x.swf">fallback</object><embed src="y.swf"></embed>\
            <form action="/"><input name="q">text in a form</form>
            """)
        #expect(fragment.xhtml == "<p>ab</p>")
        #expect(fragment.removed == ["<script>", "<style>", "<iframe>", "<object>", "<embed>", "<form>"])
    }

    @Test func dropsEventHandlersAndRefusedAddresses() {
        let fragment = flow("""
            <p onclick="steal()" class="x"><a href="javascript:alert(1)" title="t">link</a> \
            <a href=" JaVa&#x09;Script:alert(1)">tabbed</a> <a href="vbscript:x">vb</a> \
            <a href="data:text/html,&lt;script&gt;">data</a> <img src="data:image/png;base64,AAAA" alt="dot"></p>
            """)
        #expect(fragment.xhtml == """
            <p class="x"><a title="t">link</a> <a>tabbed</a> <a>vb</a> <a>data</a> \
            <img src="data:image/png;base64,AAAA" alt="dot"/></p>
            """)
        #expect(fragment.removed == ["the onclick attribute", "a javascript: address", "a vbscript: address", "a data: address"])
    }

    @Test func mendsBlocksInsideParagraphsAndPhrasingContexts() {
        #expect(flow("<p>a<div>b</div>c</p>").xhtml == "<p>a</p><div>b</div>c")
        #expect(phrasing("x <div>block</div> <p>para</p> <b>bold</b>") == "x block para <b>bold</b>")
        #expect(phrasing("<a href=\"u\">one <a href=\"v\">two</a></a>") == "<a href=\"u\">one </a><a href=\"v\">two</a>")
        #expect(HTMLFragment.sanitize("<a href=\"v\">inner</a>", context: .linkText).xhtml == "inner")
    }

    @Test func keepsListItemsInListsAndTableRowsInTables() {
        #expect(flow("<li>stray</li><ul>text<li>item</li></ul>").xhtml == "stray<ul><li>text</li><li>item</li></ul>")
        #expect(flow("<ul><li>a</li>b<li>c</li></ul>").xhtml == "<ul><li>a</li><li>b</li><li>c</li></ul>")
        #expect(flow("<dl><dt>term</dt>definition</dl>").xhtml == "<dl><dt>term</dt><dd>definition</dd></dl>")
        #expect(flow("<table><tr><td>1</td><th>2</th></tr>stray</table>").xhtml
            == "<table><tbody><tr><td>1</td><th>2</th></tr><tr><td>stray</td></tr></tbody></table>")
        #expect(flow("<table><caption>c</caption><thead><tr><th>h</th></tr></thead><thead><tr><td>x</td></tr></thead><tfoot></tfoot></table>").xhtml
            == "<table><caption>c</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>x</td></tr></tbody><tbody></tbody></table>")
        #expect(flow("<td>cell</td><tr><td>row</td></tr>").xhtml == "cellrow")
        #expect(flow("<table><tr><td>1</td></tr>stray</table>\n").xhtml == "<table><tbody><tr><td>1</td></tr><tr><td>stray</td></tr></tbody></table>\n")
        #expect(flow("<table>text<tbody>row text</tbody></table>").xhtml
            == "<table><tbody><tr><td>text</td></tr></tbody><tbody><tr><td>row text</td></tr></tbody></table>")
    }

    @Test func givesDefinitionListsTheTermsAndDefinitionsHTMLRequires() {
        #expect(flow("<dl>text</dl>").xhtml == "<dl><dt></dt><dd>text</dd></dl>")
        #expect(flow("<dl><dt>T</dt></dl>").xhtml == "<dl><dt>T</dt><dd></dd></dl>")
        #expect(flow("<dl><dd>D</dd><dt>T</dt><dt>U</dt><dd>E</dd></dl>").xhtml
            == "<dl><dt></dt><dd>D</dd><dt>T</dt><dt>U</dt><dd>E</dd></dl>")
        #expect(flow("<dl></dl>").xhtml == "<dl></dl>")
    }

    @Test func dropsEveryComment() {
        #expect(flow("<p>a<!-- one -- two -->b<!---->c<!-- <p>x</p> -->d</p>").xhtml == "<p>abcd</p>")
    }

    @Test func closesUnclosedTagsAndResolvesEntities() {
        #expect(flow("<p><em>open <strong>nested").xhtml == "<p><em>open <strong>nested</strong></em></p>")
        #expect(flow("<p>&amp; &lt; &eacute; &#x4E2D; &hellip; &nbsp;&unknown; 1 < 2</p>").xhtml
            == "<p>&amp; &lt; é 中 … \u{A0}&amp;unknown; 1 &lt; 2</p>")
        #expect(flow("<p title='a \"b\" &amp; c'>x</p>").xhtml == "<p title=\"a &quot;b&quot; &amp; c\">x</p>")
    }

    @Test func keepsOnlyAttributesTheElementTakes() {
        #expect(flow("<th width=\"20%\" scope=\"COL\" colspan=\"2\" align=\"left\">h</th>").xhtml == "h")
        #expect(flow("<table><tr><th width=\"20%\" scope=\"COL\" colspan=\"2\" align=\"left\">h</th></tr></table>").xhtml
            == "<table><tbody><tr><th scope=\"col\" colspan=\"2\">h</th></tr></tbody></table>")
        #expect(flow("<img src=\"a b.png\" width=\"50%\" height=\"20\" data-x=\"1\" lang=\"zh_CN\" dir=\"RTL\">").xhtml
            == "<img src=\"a%20b.png\" alt=\"\" height=\"20\" lang=\"zh-CN\" dir=\"rtl\"/>")
        #expect(flow("<span style=\"color: red\">a</span><span style=\"background: url(x.png)\">b</span>").xhtml
            == "<span style=\"color: red\">a</span><span>b</span>")
        #expect(flow("<ol start=\"3\" reversed type=\"a\"><li>x</li></ol>").xhtml
            == "<ol start=\"3\" reversed=\"reversed\" type=\"a\"><li>x</li></ol>")
    }

    @Test func turnsAnchorNamesIntoIdentifiersAndDropsRepeats() {
        #expect(flow("<a name=\"BN\"/>after").xhtml == "<a id=\"BN\"></a>after")
        #expect(flow("<p id=\"a b\">x</p><p id=\"a b\">y</p>").xhtml == "<p id=\"a-b\">x</p><p>y</p>")
    }

    @Test func unwrapsUnknownElementsAndKeepsTheirText() {
        let fragment = flow("<p><font color=\"red\">red</font> <think>thought</think> <blink>b</blink></p>")
        #expect(fragment.xhtml == "<p>red thought b</p>")
        #expect(fragment.removed.isEmpty)
    }

    @Test func leavesOutCharactersXMLCannotHold() {
        #expect(flow("<p>a\u{1}b\u{B}c\u{FFFF}d</p>").xhtml == "<p>abcd</p>")
    }

    @Test func survivesTenThousandNestedElements() {
        let depth = 10_000
        let html = String(repeating: "<div><span>", count: depth) + "deep" + String(repeating: "</span></div>", count: depth)
        let fragment = flow(html + "<p>after</p>")
        #expect(fragment.xhtml.hasPrefix("<div><span><span><span>"))
        #expect(fragment.xhtml.hasSuffix("</span></span></div>"))
        #expect(fragment.removed == ["what is nested more than 256 elements deep in the page"])
        let unclosed = HTMLFragment.sanitize(String(repeating: "<b>", count: depth) + "x", context: .phrasing)
        #expect(unclosed.xhtml.hasPrefix("<b><b>") && unclosed.xhtml.hasSuffix("</b></b>"))
        #expect(unclosed.removed == ["what is nested more than 256 elements deep in the page"])
    }

    /// Found by the html-fragment fuzz target: tables nested in unclosed cells, with
    /// control characters between them, once came out as XHTML that was not well-formed.
    @Test func nestedTablesInUnclosedCellsStayWellFormed() throws {
        let bytes = try #require(Data(base64Encoded: "ADwVFWFibGU+H2Dnc2lkPHRyPjdOVHR0cDx0YWJsZT46PHRkPnNjPjx0cj5zIWU+H2BzaWQ+c2M+H2AVFRU8dGFibGU+H2BzaWQ8dHIVFTx0YWJsZT4fYHNpZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fYHNpZAC7IHiDgwpzaHR0cDx0YWJsZT40dHA8dHI+N05USVk+H2AVFRU8dGFibGU+H2BzaWQ8dHI+LHNpZBUVFTx0YWJsZT48dGFibGU+H2BzaWQAuyB4g4MKc2h0dHA8dGFibGU+dHRwPHRhYmxlPjo8CnNodHRwPHRhYmxlPnR0cDx0YWJsZT46PHRkPnNjPh9gFRUVPHRhYmxlPh9gc2lkPHRyPixzaWQVFRU8dGFibGU+PHRhYmxlPh9OFTx0YWJsZT4fYBUVFTx0YWJsZT4fYHNpZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fYHNpZDx0cj43TlRJWT4fYBUVFTx0YWJsZT4fYHNpZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fYHNpZAC7IHiDgwpzaHR0cDx0YWJsZT50dHA8dGFibGU+OjwKc2h0dHA8dGFibGU+dHRwPHRhYmxlPjo8dGQ+c2M+H2AVFRU8dGFkFRUVPHRhYmxlPjx0YWJsZT4fThU8dGFibGU+H2AVFRU8dGFibGU+H2BzaWQ8dHI+LHNpZBUVFTx0YWJsZT48dGFibGU+H2BzaWQ8dHI+N05USVk+H2AVFRU8dGFibGU+H2BzaWQ8dHI+LHNpZBUVFTx0YWJsZT48dGFibGU+H2BzaWQAuyB4g4MKc2h0dHA8dGFibGU+dHRwPHRhYmxlPjo8CnNodHRwPHRhYmxlPnR0cDx0YWJsZT46PHRkPnNjPh9gFRUVPHRhYmxlPh9gc2lkPHRyPixzaWQVFRU8dGFibGU+PHRhYmxlPh9OFTx0YWJsZT4fYBUVFTx0YWJsZT4fYHNpZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fYHNpZDx0cj43TlRJWT4fYBUVFTx0YWJsZT4fYHNpZDx0cj4sc2lkFRUVPHRhYmxlPjx0YWJsZT4fYHNpZAC7IHiDgwpzaHR0cDx0YWJsZT50dHA8dGFibGU+OjwKc2h0dHA8dGFibGU+dHRwPHRhYmxlPjo8dGQ+c2M+H2AVFRU8dGFibGU+H2BzaWQ8dHI+LHNpZBUVFTx0YWJsZT48dGFibGU+H04VPHRhYmxlPh9gFRUVPHRhYmxlPh9kPHRyPixzaWRgFRU8dGFibGU+PHRhYmxlPnRwPHRhYmxlPjo+LHNpZBUVFTx0YWJsZT48dGFibGU+dHA8dGFibGU+Ojx0ZD5zdHI+cyEAATxOVElZPg=="))
        let html = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let fragment = HTMLFragment.sanitize(html, context: .flow)
        let wrapped = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + fragment.xhtml + "</div>"
        let scan = XMLNodeScan(Array(wrapped.utf8), path: "fragment.xhtml")
        #expect(scan.diagnostics.filter { $0.severity == .error }.isEmpty, "\(scan.diagnostics)")
    }

    @Test func leavesOutWhatStandsDeeperThanItsBudget() {
        let spans = HTMLFragment.sanitize(String(repeating: "<span>", count: 20) + "deep" + String(repeating: "</span>", count: 20) + " after",
                                          context: .phrasing, maximumDepth: 10)
        #expect(spans.xhtml == String(repeating: "<span>", count: 5) + String(repeating: "</span>", count: 5) + " after")
        #expect(spans.removed == ["what is nested more than 256 elements deep in the page"])
        // Implied table sections, rows and cells stay within the budget too.
        let tables = HTMLFragment.sanitize(String(repeating: "<table><td>", count: 10) + "x", context: .flow, maximumDepth: 20)
        #expect(Self.depth(of: tables.xhtml) <= 20)
        #expect(tables.xhtml.hasPrefix("<table><tbody><tr><td><table>"))
        #expect(tables.removed == ["what is nested more than 256 elements deep in the page"])
        let shallow = HTMLFragment.sanitize("<div><p>a</p></div>", context: .flow, maximumDepth: 7)
        #expect(shallow.xhtml == "<div><p>a</p></div>" && shallow.removed.isEmpty)
    }

    /// The deepest the elements of well-formed `xhtml` nest.
    static func depth(of xhtml: String) -> Int {
        var depth = 0
        var deepest = 0
        var rest = Substring(xhtml)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let tag = rest[open...close]
            if tag.hasPrefix("</") {
                depth -= 1
            } else if !tag.hasSuffix("/>") {
                depth += 1
                deepest = max(deepest, depth)
            }
            rest = rest[rest.index(after: close)...]
        }
        return deepest
    }

    @Test func asksItsReferencesAboutImagesLinksIdentifiersAndSlots() {
        struct Recorder: FragmentReferences {
            var calls: [String] = []
            mutating func image(_ image: FragmentImage) -> FragmentImage.Replacement {
                calls.append("image \(image.source) \(image.alternative) \(image.isInsideLink)")
                return image.source.hasPrefix("http") ? .markup("<span class=\"image-placeholder\">\(image.alternative)</span>") : .source("../" + image.source)
            }
            func link(_ href: String) -> String { "mapped/" + href }
            mutating func identifier(_ id: String) -> String? {
                calls.append("id \(id)")
                return id == "taken" ? nil : id
            }
            mutating func slot(_ index: Int, insideLink: Bool, depth: Int) -> String {
                calls.append("slot \(index) \(insideLink)")
                return "<em>\(index)</em>"
            }
        }
        var references = Recorder()
        let html = "<a href=\"x.html\" id=\"taken\">\(HTMLFragment.slotMarker(0))<img src=\"i.png\" alt=\"A\"></a>"
            + "<span id=\"free\">\(HTMLFragment.slotMarker(1))</span><img src=\"https://example.org/r.png\" alt=\"R\">"
        let fragment = HTMLFragment.sanitize(html, context: .phrasing, references: &references)
        #expect(fragment.xhtml == "<a href=\"mapped/x.html\"><em>0</em><img src=\"../i.png\" alt=\"A\"/></a>"
            + "<span id=\"free\"><em>1</em></span><span class=\"image-placeholder\">R</span>")
        #expect(references.calls == ["id taken", "slot 0 true", "image i.png A true", "id free", "slot 1 false", "image https://example.org/r.png R false"])
        #expect(fragment.imageSources == ["i.png", "https://example.org/r.png"])
    }
}
