import Testing
import OctavoModel
@testable import OctavoParser

/// cmark's pathological block inputs: each must parse in linear time without
/// overflowing the stack. The time bound is generous (debug builds, slow machines)
/// and only catches quadratic blow-ups and hangs.
@Suite struct BlockPathologicalTests {
    static let bound = Duration.seconds(20)

    private func parse(_ text: String) -> (Document, Duration) {
        let clock = ContinuousClock()
        var document = Document(blocks: [])
        let elapsed = clock.measure {
            document = MarkdownParser(dialect: .gfm).parse(Source(path: "pathological.md", text: text))
        }
        return (document, elapsed)
    }

    /// The deepest chain of containers (block quotes, lists, items) in `blocks`.
    private func depth(_ blocks: [Block]) -> Int {
        var deepest = 0
        var pending: [([Block], Int)] = [(blocks, 0)]
        while let (level, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            for block in level {
                switch block.kind {
                case .blockQuote(let children): pending.append((children, depth + 1))
                case .list(let list): pending.append((list.items.flatMap(\.blocks), depth + 2))
                case .footnoteDefinition(let note): pending.append((note.blocks, depth + 1))
                case .definitionList(let list): pending.append((list.items.flatMap(\.definitions).flatMap(\.blocks), depth + 2))
                case .paragraph, .heading, .thematicBreak, .codeBlock, .html, .table, .math, .tableOfContents: break
                }
            }
        }
        return deepest
    }

    @Test func deeplyNestedBlockQuotes() {
        let (document, elapsed) = parse(String(repeating: "> ", count: 25_000) + "a\n")
        #expect(elapsed < Self.bound)
        #expect(depth(document.blocks) == BlockParser.maximumDepth)
    }

    @Test func listsNestedFiveHundredDeep() {
        let text = (0..<500).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()
        let (document, elapsed) = parse(text)
        #expect(elapsed < Self.bound)
        #expect(depth(document.blocks) == BlockParser.maximumDepth)
    }

    @Test func manyListMarkersThenManyBlankLines() {
        let text = String(repeating: "- ", count: 30_000) + "x" + String(repeating: "\n", count: 30_000)
        let (document, elapsed) = parse(text)
        #expect(elapsed < Self.bound)
        #expect(depth(document.blocks) <= BlockParser.maximumDepth)
    }

    @Test func blockQuoteMarkersThenEmphasisMarkers() {
        let text = String(repeating: ">", count: 100_000) + String(repeating: "a*", count: 100_000) + "\n"
        let (_, elapsed) = parse(text)
        #expect(elapsed < Self.bound)
    }

    @Test func manyLinkReferenceDefinitions() {
        let definitions = (0..<25_000).map { "[foo\($0)]: /url\($0)\n" }.joined()
        let (document, elapsed) = parse(definitions + "\n[foo24999]\n")
        #expect(elapsed < Self.bound)
        guard case .paragraph(let content)? = document.blocks.first?.kind,
              case .link(let link)? = content.first else {
            Issue.record("expected one paragraph holding the link, got \(document.blocks)")
            return
        }
        #expect(link.destination == "/url24999")
    }
}
