import Foundation
import Testing

/// `--math mathml|tex`: MathML by default in xhtml and epub, TeX for MathJax in html,
/// JSON always TeX; a formula's problems are warnings at the post's line.
@Suite struct MathOptionTests {
    private static let post = """
        ---
        title: Math
        ---

        Inline $$a^2$$ here.

        $$
        \\frac{1}{2} + \\nosuchcommand
        $$

        """

    private func workspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-math.md", Self.post)
        return workspace
    }

    @Test func xhtmlWritesMathMLByDefaultAndWarnsAtTheFormula() throws {
        let workspace = try workspace()
        let run = try OctavoBinary.run(["-t", "xhtml", "2026-5-1-math.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.output.contains("<span class=\"math\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\""))
        #expect(run.output.contains("<div class=\"math\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\""))
        #expect(run.output.contains("<annotation encoding=\"application/x-tex\">a^2</annotation>"))
        #expect(run.stderr.hasPrefix("2026-5-1-math.md:7:1: warning: math: "), "\(run.stderr)")
        #expect(run.stderr.contains("\\nosuchcommand"), "\(run.stderr)")
        let strict = try OctavoBinary.run(["-t", "xhtml", "--strict", "2026-5-1-math.md"], in: workspace.url)
        #expect(strict.status == 1)
    }

    @Test func texKeepsTheSourceInXHTMLAndHTML() throws {
        let workspace = try workspace()
        let xhtml = try OctavoBinary.run(["-t", "xhtml", "--math", "tex", "2026-5-1-math.md"], in: workspace.url)
        #expect(xhtml.status == 0)
        #expect(xhtml.stderr.isEmpty, "\(xhtml.stderr)")
        #expect(!xhtml.output.contains("<math"))
        #expect(xhtml.output.contains("<span class=\"math\">a^2</span>"))
        let html = try OctavoBinary.run(["-t", "html", "2026-5-1-math.md"], in: workspace.url)
        #expect(!html.output.contains("<math"))
        #expect(html.output.contains("<span class=\"math inline\">\\(a^2\\)</span>"))
        let mathML = try OctavoBinary.run(["-t", "html", "--math", "mathml", "2026-5-1-math.md"], in: workspace.url)
        #expect(mathML.output.contains("<span class=\"math inline\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\""))
    }

    @Test func jsonKeepsTheTeX() throws {
        let workspace = try workspace()
        let run = try OctavoBinary.run(["-t", "json", "--math", "mathml", "2026-5-1-math.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.output.contains("\"a^2\""))
        #expect(!run.output.contains("<math"))
    }

    @Test func theBookMarksChaptersWithMathML() throws {
        let workspace = try workspace()
        try workspace.write("2026-5-2-plain.md", "---\ntitle: Plain\n---\n\nNo math.\n")
        let run = try OctavoBinary.run(["-t", "epub", "-o", "book.epub", "2026-5-1-math.md", "2026-5-2-plain.md"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("2026-5-1-math.md:7:1: warning: math: "), "\(run.stderr)")
        let package = try EPUBBook(workspace.url.appendingPathComponent("book.epub")).text("EPUB/package.opf")
        let items = package.split(separator: "\n").filter { $0.contains("<item ") && $0.contains("chapter-") }
        #expect(items.count == 2)
        #expect(items.first?.contains("properties=\"mathml\"") == true, "\(package)")
        #expect(items.last?.contains("properties") == false, "\(package)")
        let tex = try OctavoBinary.run(["-t", "epub", "--math", "tex", "-o", "tex.epub", "2026-5-1-math.md"], in: workspace.url)
        #expect(tex.status == 0, "\(tex.stderr)")
        let texPackage = try EPUBBook(workspace.url.appendingPathComponent("tex.epub")).text("EPUB/package.opf")
        #expect(!texPackage.contains("mathml"))
    }

    @Test func anUnknownValueIsAUsageError() throws {
        let workspace = try workspace()
        let run = try OctavoBinary.run(["-t", "xhtml", "--math", "latex", "2026-5-1-math.md"], in: workspace.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--math must be mathml or tex"))
    }
}
