import Testing
import OctavoModel

@Suite struct DiagnosticDescriptionTests {
    @Test func describesLikeACompiler() {
        let diagnostic = Diagnostic(.error, path: "posts/a.md", position: SourcePosition(line: 3, column: 7), message: "cannot read file")
        #expect(diagnostic.description == "posts/a.md:3:7: error: cannot read file")
    }
}
