import Testing
import OctavoModel
@testable import OctavoParser

/// Blocks made from the block phase's tree in the kramdown dialect.
@Suite struct BlockTreeBuilderTests {
    /// kramdown replaces the first `{:toc}` list only; later ones stay lists.
    @Test func onlyTheFirstTocListIsTheTableOfContents() {
        let blocks = Kramdown.blocks("* TOC\n{:toc}\n\n* TOC\n{:toc}\n\n# a\n")
        guard blocks.count == 3, case .tableOfContents = blocks[0].kind, case .list = blocks[1].kind else {
            Issue.record("expected a table of contents, a list and a heading, got \(blocks.map(\.kind))")
            return
        }
    }
}
