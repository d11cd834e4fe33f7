import Testing

@Suite struct HTMLNormalizerTests {
    func normal(_ html: String) -> String {
        HTMLNormalizer.normalize(html)
    }

    static let equivalent: [(String, String)] = [
        ("<p>foo</p>\n<p>bar</p>\n", "<p>foo</p><p>bar</p>"),
        ("<p>a  b\n c</p>", "<p>a b c</p>"),
        ("<ul>\n<li>x</li>\n</ul>\n", "<ul><li>x</li></ul>"),
        ("<p>foo<br>\nbar</p>", "<p>foo<br />bar</p>"),
        ("<hr>", "<hr />"),
        ("<HR/>", "<hr>"),
        ("<a title=\"t\" href=\"u\">x</a>", "<a href='u' title=t>x</a>"),
        ("<P CLASS=\"x\">a</P>", "<p class=\"x\">a</p>"),
        ("<p>&quot;&#34;&#x22;\"</p>", "<p>&quot;&quot;&quot;&quot;</p>"),
        ("<p>&copy; &#169; &#xA9;</p>", "<p>© © ©</p>"),
        ("<p>a &amp; b &lt; c</p>", "<p>a &#38; b &#x3c; c</p>"),
        ("<a href=\"/f&amp;b\">x</a>", "<a href=\"/f&#38;b\">x</a>"),
        ("<p>&#0;</p>", "<p>\u{FFFD}</p>"),
        ("<input disabled>", "<input disabled=\"\" />"),
        ("  <p>x</p>  ", "<p>x</p>"),
        ("<p> x </p>", "<p>x</p>"),
        ("<!-- c -->\n<p>x</p>", "<!-- c --><p>x</p>"),
        ("<p>a<em>b</em>  c</p>", "<p>a<em>b</em> c</p>"),
    ]

    static let different: [(String, String)] = [
        ("<p>foo</p>", "<p>Foo</p>"),
        ("<p>a b</p>", "<p>ab</p>"),
        ("<em>a</em> b", "<em>a</em>b"),
        ("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"),
        ("<pre><code>x\n</code></pre>", "<pre><code>x</code></pre>"),
        ("<a href=\"u\">x</a>", "<a href=\"v\">x</a>"),
        ("<a href=\"u\">x</a>", "<a href=\"u\" title=\"\">x</a>"),
        ("<p>&lt;b&gt;</p>", "<p><b></p>"),
        ("<p><!-- a --></p>", "<p><!-- b --></p>"),
        ("<p>x</p>", "<div>x</div>"),
        ("<p>&amp;copy;</p>", "<p>&copy;</p>"),
    ]

    @Test(arguments: 0..<equivalent.count)
    func equivalentFormsAreEqual(_ index: Int) {
        let (a, b) = HTMLNormalizerTests.equivalent[index]
        #expect(normal(a) == normal(b), "\(a) vs \(b)")
    }

    @Test(arguments: 0..<different.count)
    func differentContentStaysDifferent(_ index: Int) {
        let (a, b) = HTMLNormalizerTests.different[index]
        #expect(normal(a) != normal(b), "\(a) vs \(b)")
    }

    @Test func writesOneCanonicalForm() {
        #expect(normal("<P Title='a&quot;b' Class=x>1 &lt; 2<BR/>&#65;</P>\n") == "<p class=\"x\" title=\"a&quot;b\">1 &lt; 2<br />A</p>")
        #expect(normal("<pre><code>  a\n\n  b\n</code></pre>\n") == "<pre><code>  a\n\n  b\n</code></pre>")
    }

    @Test func keepsALessThanSignThatStartsNoTag() {
        #expect(normal("<p>a < b and <3 &</p>") == "<p>a &lt; b and &lt;3 &amp;</p>")
        #expect(normal("<p>unknown &foo; kept</p>") == "<p>unknown &amp;foo; kept</p>")
    }
}
