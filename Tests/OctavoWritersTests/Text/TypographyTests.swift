import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// kramdown's default typography in the HTML writer.
@Suite struct TypographyTests {
    /// The HTML of `markdown` (one paragraph) without the `<p>` around it.
    static func html(_ markdown: String, typography: Bool = true) -> String {
        let document = MarkdownParser(dialect: .gfm).parse(Source(path: "post.md", text: markdown))
        let html = String(decoding: HTMLWriter(options: WriterOptions(typography: typography)).render(document), as: UTF8.self)
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        return String(html.dropFirst(3).dropLast(5))
    }

    /// Markdown and the paragraph content kramdown 2.4 writes for it (GFM input,
    /// hard_wrap false, as Jekyll runs it). Straight quotes kramdown leaves are shown
    /// as `&quot;`, the way Octavo escapes them.
    static let kramdownCases: [(markdown: String, html: String)] = [
        ("a -- b", "a – b"),
        ("a --- b", "a — b"),
        ("pages 10--20", "pages 10–20"),
        ("well---no", "well—no"),
        ("wait...", "wait…"),
        ("...and then", "…and then"),
        ("a.... b", "a…. b"),
        ("a << b", "a «\u{A0}b"),
        ("a >> b", "a\u{A0}» b"),
        ("<< a >>", "«\u{A0}a\u{A0}»"),
        ("x<<2>>y", "x«2»y"),
        ("《书名》与«书»", "《书名》与«书»"),
        ("\"Hello,\" she said.", "“Hello,” she said."),
        ("'Hello,' she said.", "‘Hello,’ she said."),
        ("don't", "don’t"),
        ("it's the '80s", "it’s the ’80s"),
        ("'80s music", "’80s music"),
        ("5'10\" tall", "5’10” tall"),
        ("He said \"hi\"", "He said “hi”"),
        ("He said \"*word*\".", "He said “<em>word</em>”."),
        ("\"*word*\"", "“<em>word</em>”"),
        ("*\"word\"*", "<em>“word”</em>"),
        ("\"**strong**\" text", "“<strong>strong</strong>” text"),
        ("\"[link](http://example.com/a--b)\"", "“<a href=\"http://example.com/a--b\">link</a>”"),
        ("\"`code`\" here", "“<code>code</code>” here"),
        ("`\"code\" -- ...`", "<code>&quot;code&quot; -- ...</code>"),
        ("(\"a\") and [\"b\"] and {\"c\"}", "(“a”) and [“b”] and {“c”}"),
        ("--\"a\"", "–“a”"),
        ("-- \"a\"", "– “a”"),
        ("'a' and \"b\"", "‘a’ and “b”"),
        ("\"'nested'\"", "“‘nested’”"),
        ("'\"nested\"'", "‘“nested”’"),
        ("\"'Quoted' words in a larger quote.\"", "“‘Quoted’ words in a larger quote.”"),
        ("他说\"你好\"。", "他说”你好”。"),
        ("他说：“你好”", "他说：“你好”"),
        ("中文\"引号\"测试", "中文”引号”测试"),
        ("rock 'n' roll", "rock ‘n’ roll"),
        ("'tis the season", "‘tis the season"),
        ("o'clock", "o’clock"),
        ("*Custer*'s Last Stand", "<em>Custer</em>’s Last Stand"),
        ("the dogs' bones", "the dogs’ bones"),
        ("\"Go!\" he said.", "“Go!” he said."),
        ("\"What?\"", "“What?”"),
        ("quote at end \"", "quote at end “"),
        ("' alone", "’ alone"),
        ("a \"quote\" -- and... more", "a “quote” – and… more"),
        ("line one\n\"line two\"", "line one\n“line two”"),
        ("\"a\" \"b\"", "“a” “b”"),
        ("\"\"a", "&quot;”a"),
        ("\"'a'\"", "“‘a’”"),
        ("\"... trailing\"", "“… trailing”"),
        ("'(a)'", "‘(a)’"),
        ("\"_x_\"", "“<em>x</em>”"),
        ("x \"y\"z", "x “y”z"),
    ]

    @Test(arguments: kramdownCases)
    func matchesKramdown(_ example: (markdown: String, html: String)) {
        #expect(Self.html(example.markdown) == example.html)
    }

    @Test func quotesAroundEmphasisLinksAndCodeLookAcrossNodes() {
        #expect(Self.html("say \"_so_\" and '**this**'") == "say “<em>so</em>” and ‘<strong>this</strong>’")
        #expect(Self.html("\"[a](u)\", \"`c`\"") == "“<a href=\"u\">a</a>”, “<code>c</code>”")
        #expect(Self.html("*\"a\"* -- **'b'**") == "<em>“a”</em> – <strong>‘b’</strong>")
    }

    @Test func codeIsUntouched() {
        #expect(Self.html("`\"a\" -- b... <<c>>`") == "<code>&quot;a&quot; -- b... &lt;&lt;c&gt;&gt;</code>")
        #expect(Self.html("```\n\"a\" -- b...\n```") == "<pre><code>&quot;a&quot; -- b...\n</code></pre>\n")
    }

    @Test func urlsAndAttributesAreUntouched() {
        #expect(Self.html("[a--b](http://x.org/a--b...c \"it's\")") == "<a href=\"http://x.org/a--b...c\" title=\"it's\">a–b</a>")
        #expect(Self.html("<http://x.org/a--b>") == "<a href=\"http://x.org/a--b\">http://x.org/a--b</a>")
        #expect(Self.html("see https://x.org/a--b...") == "see <a href=\"https://x.org/a--b\">https://x.org/a--b</a>…")
        #expect(Self.html("![\"a\" -- b](i.png)") == "<img src=\"i.png\" alt=\"&quot;a&quot; -- b\" />")
    }

    @Test func rawHTMLIsUntouched() {
        #expect(Self.html("<span title=\"a--b\">\"x\"</span>") == "<span title=\"a--b\">“x”</span>")
    }

    @Test func markupCharactersAreStillEscaped() {
        #expect(Self.html("a < b & c > d <<e") == "a &lt; b &amp; c &gt; d «e")
    }

    @Test func offLeavesTextUnchanged() {
        let markdown = "\"*word*\" -- don't... << a >> '80s"
        #expect(Self.html(markdown, typography: false) == "&quot;<em>word</em>&quot; -- don't... &lt;&lt; a &gt;&gt; '80s")
        #expect(WriterOptions().typography == nil, "by default typography follows the document's dialect")
    }

    @Test func headingsAndTableCellsStartAfresh() {
        let document = MarkdownParser(dialect: .gfm).parse(Source(path: "post.md", text: "# \"A\" -- b\n\n| 'x' |\n| --- |\n| \"y\" |\n"))
        let html = String(decoding: HTMLWriter(options: WriterOptions(typography: true)).render(document), as: UTF8.self)
        #expect(html.contains("<h1>“A” – b</h1>"))
        #expect(html.contains("<th>‘x’</th>"))
        #expect(html.contains("<td>“y”</td>"))
    }
}
