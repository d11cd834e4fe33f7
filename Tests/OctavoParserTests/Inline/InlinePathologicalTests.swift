import OctavoModel
import OctavoWriters
import Testing
@testable import OctavoParser

/// Inputs that make naive inline parsers quadratic or overflow the stack; each must finish quickly.
@Suite struct InlinePathologicalTests {
    /// A bound generous enough for a slow machine in debug, small enough to catch a hang.
    static let limit = Duration.seconds(10)

    static func repeated(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: count)
    }

    static let cases: [(name: String, input: String)] = [
        ("nested strong emphasis", repeated("*a **a ", 32500) + "b" + repeated(" a** a*", 32500)),
        ("many emphasis closers with no openers", repeated("a_ ", 32500)),
        ("many emphasis openers with no closers", repeated("_a ", 32500)),
        ("many link closers with no openers", repeated("a]", 32500)),
        ("many link openers with no closers", repeated("[a", 32500)),
        ("mismatched openers and closers", repeated("*a_ ", 25000)),
        ("openers and closers multiple of 3", repeated("[ a_", 25000)),
        ("link openers and emph closers", repeated("[ (](", 40000)),
        ("unclosed links with images", repeated("![[]()", 160000)),
        ("nested brackets", repeated("[", 25000) + "a" + repeated("]", 25000)),
        ("many quote markers then emphasis", repeated(">", 100000) + repeated("a*", 100000)),
        ("backtick runs of every length", (1...2500).map { repeated("`", $0) }.joined(separator: " ")),
        ("unclosed angle destinations", repeated("[a](<b", 30000)),
        ("unclosed destinations", repeated("[a](b", 30000)),
        ("unclosed comments", "</" + repeated("<!--", 300000)),
        ("unclosed declarations", repeated("<!A ", 100000)),
        ("unclosed processing instructions", repeated("<?", 100000)),
        ("unclosed CDATA", repeated("<![CDATA[", 100000)),
        ("deeply nested emphasis", repeated("*", 10000) + "a" + repeated("*", 10000)),
        ("deeply nested images", repeated("![", 10000) + "a" + repeated("](b)", 10000)),
        ("many strikethrough openers", repeated("~~a ", 30000)),
        ("many e-mail at signs", repeated("a@", 50000)),
    ]

    @Test(arguments: cases.indices)
    func finishesQuickly(_ index: Int) {
        let (name, input) = Self.cases[index]
        var parser = InlineParser(context: InlineContext(references: ["a": LinkReferenceDefinition(label: "a", destination: "/a", title: "")], footnoteLabels: [], dialect: .gfm))
        let clock = ContinuousClock()
        let bytes = Array(input.utf8)
        var result: [Inline] = []
        let elapsed = clock.measure { result = parser.parse(bytes[...]) }
        #expect(!result.isEmpty, "\(name)")
        #expect(elapsed < Self.limit, "\(name) took \(elapsed)")
    }

    /// The whole way through: parse, HTML, JSON and back, without a crash or a hang.
    @Test(arguments: cases.indices)
    func convertsWithoutCrashing(_ index: Int) throws {
        let (name, input) = Self.cases[index]
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let document = MarkdownParser(dialect: .kramdown).parse(Source(path: "pathological.md", text: input))
            let html = HTMLWriter(options: WriterOptions(typography: true)).render(document)
            let json = JSONWriter(options: WriterOptions()).render(document)
            let again = try JSONDocumentReader().read(json, path: "pathological.json")
            #expect(!html.isEmpty, "\(name)")
            #expect(JSONWriter(options: WriterOptions()).render(again) == json, "\(name)")
        }
        #expect(elapsed < Self.limit * 3, "\(name) took \(elapsed)")
    }

    @Test func deepEmphasisNestsFully() {
        var parser = InlineParser(context: InlineContext(references: [:], footnoteLabels: [], dialect: .commonmark))
        let input = Array((Self.repeated("*", 2000) + "a" + Self.repeated("*", 2000)).utf8)
        var node = parser.parse(input[...])
        var depth = 0
        while case .strong(let children) = node.first, children.count == 1 {
            depth += 1
            node = children
        }
        #expect(depth == 1000)
        #expect(node == [.text("a")])
    }
}
