import Foundation
import OctavoModel
import OctavoParser
@testable import OctavoWriters
import Testing

/// Static highlighting of fenced code: golden files per language, the code kept byte
/// for byte under the spans, and where each writer highlights.
@Suite struct CodeHighlighterTests {
    /// The samples under `Golden/highlighting/`, by the fence name they are highlighted
    /// as; their highlighting is under `Golden/highlighting/expected/`.
    static let samples: [(language: String, file: String)] = [
        ("bash", "bash.sh"), ("c", "c.c"), ("cpp", "cpp.cpp"), ("java", "java.java"), ("python", "python.py"),
        ("javascript", "javascript.js"), ("typescript", "typescript.ts"), ("go", "go.go"), ("rust", "rust.rs"),
        ("swift", "swift.swift"), ("sql", "sql.sql"), ("json", "json.json"), ("yaml", "yaml.yaml"), ("xml", "xml.xml"),
        ("html", "html.html"), ("css", "css.css"), ("markdown", "markdown.md"), ("diff", "diff.diff"),
    ]

    /// `code` highlighted as `language`, or nil when the language is not highlighted.
    static func highlighted(_ code: String, language: String) -> String? {
        var output = ByteBuffer()
        guard CodeHighlighter.appendHighlighted(code, language: language, to: &output) else { return nil }
        return output.string
    }

    /// The text of highlighted markup: spans removed, escapes undone.
    static func strippingSpans(_ markup: String) -> String {
        markup.replacingOccurrences(of: #"<span class="hl-[a-z]+">"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "</span>", with: "")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: samples.map(\.language))
    func sampleMatchesItsGoldenFileAndKeepsItsText(language: String) throws {
        let file = try #require(Self.samples.first { $0.language == language }).file
        let code = try String(contentsOf: GoldenFile("highlighting/" + file).url, encoding: .utf8)
        let markup = try #require(Self.highlighted(code, language: language))
        try GoldenFile("highlighting/expected/\(language).html").check(Array(markup.utf8))
        #expect(Self.strippingSpans(markup) == code)
        for kind in ["hl-comment", "hl-string"] where !["diff", "markdown", "json"].contains(language) {
            #expect(markup.contains("class=\"\(kind)\""), "\(language) has no \(kind)")
        }
    }

    @Test func fenceNamesAreReadInAnyCaseWithTheirAliases() {
        for name in ["sh", "Shell", "c++", "py", "js", "ts", "golang", "rs", "yml", "HTML", "svg", "md", "patch", "PostgreSQL"] {
            #expect(CodeLanguage(name: name) != nil, "\(name)")
        }
        for name in ["", "text", "plain", "ruby", "brainfuck"] {
            #expect(Self.highlighted("x = 1\n", language: name) == nil, "\(name)")
        }
    }

    /// Random code from the characters the scanners care about (quotes, escapes,
    /// brackets, comment and here-document openers, CJK): whatever the language, the
    /// tokens are ordered, do not overlap, do not split a UTF-8 sequence, and removing
    /// the spans gives the code back.
    @Test func strippingTheSpansGivesTheCodeBackForAnyInput() {
        let pieces = ["\"", "'", "`", "\\", "$", "{", "}", "(", ")", "[", "]", "#", "<", ">", "/", "*", "\n", " ", "\t", "-", "@", "!",
                      "&", ";", ":", "=", "r", "R", "b", "x", "if", "fn", "0x1F", "1.5e-3", "<<EOF", "EOF", "\"\"\"", "${", "\\(",
                      "/*", "*/", "//", "--", "<!--", "-->", "中文", "é", "|", "- ", "key: ", "```", "+", "@@", "r#\"", "\"#", "R\"(", "&amp;"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let languages = Self.samples.map(\.language)
        for round in 0..<3000 {
            let code = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
            let language = languages[round % languages.count]
            guard let markup = Self.highlighted(code, language: language) else {
                Issue.record("\(language) is not highlighted")
                return
            }
            #expect(Self.strippingSpans(markup) == code, "\(language): \(code.debugDescription)")
            var bytes = Array(code.utf8)
            let tokens = bytes.withUnsafeMutableBufferPointer { CodeLanguage(name: language)?.tokens(of: UnsafeBufferPointer($0)) } ?? []
            var previousEnd = 0
            for token in tokens {
                #expect(token.start >= previousEnd && token.end > token.start && token.end <= bytes.count,
                        "\(language): \(code.debugDescription) \(tokens)")
                #expect(token.start == bytes.count || bytes[token.start] & 0xC0 != 0x80, "\(language): \(code.debugDescription)")
                #expect(token.end == bytes.count || bytes[token.end] & 0xC0 != 0x80, "\(language): \(code.debugDescription)")
                previousEnd = token.end
            }
        }
    }

    private func post(_ markdown: String) throws -> Document {
        try JekyllReader().read(Source(path: "posts/2026-1-1-code.md", text: markdown))
    }

    @Test func contentDocumentsHighlightAndStayValid() throws {
        let document = try post("""
            ---
            title: Code
            ---
            ```python
            def f(x): return "<b>" if x else None  # note
            ```

            ```ruby
            puts "plain"
            ```
            """)
        let rendering = XHTMLWriter(options: WriterOptions()).rendering(document)
        let text = String(decoding: rendering.bytes.array, as: UTF8.self)
        #expect(text.contains(#"<code class="language-python"><span class="hl-keyword">def</span>"#))
        #expect(text.contains(#"<span class="hl-string">&quot;&lt;b&gt;&quot;</span>"#))
        #expect(text.contains(#"<code class="language-ruby">puts &quot;plain&quot;"#))
        #expect(try XHTMLWriterTests.problems(rendering.bytes.array, path: "code.xhtml") == [])
    }

    @Test func htmlHighlightsOnlyWhenAsked() throws {
        let document = try post("```js\nlet x = 1;\n```\n")
        let plain = String(decoding: HTMLWriter(options: WriterOptions()).render(document), as: UTF8.self)
        let highlighted = String(decoding: HTMLWriter(options: WriterOptions(highlightsCode: true)).render(document), as: UTF8.self)
        #expect(!plain.contains("hl-"))
        #expect(highlighted.contains(#"<span class="hl-keyword">let</span> x <span class="hl-operator">=</span> <span class="hl-number">1</span>;"#))
        let unhighlighted = String(decoding: XHTMLWriter(options: WriterOptions(highlightsCode: false)).render(document), as: UTF8.self)
        #expect(!unhighlighted.contains("hl-"))
    }

    @Test func everyKindHasAColourInTheDefaultStylesheet() {
        let stylesheet = String(decoding: DefaultStylesheet.bytes, as: UTF8.self)
        for kind in HighlightKind.allCases {
            #expect(stylesheet.contains(".\(kind.className.description)"), "\(kind)")
        }
    }
}
