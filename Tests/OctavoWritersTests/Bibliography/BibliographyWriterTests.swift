import OctavoModel
import OctavoWriters
import Testing

@Suite struct BibliographyWriterTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    func biblatex(_ documents: [Document]) -> String {
        String(decoding: BibLaTeXWriter(options: WriterOptions()).render(documents), as: UTF8.self)
    }

    func bibtex(_ documents: [Document]) -> String {
        String(decoding: BibTeXWriter(options: WriterOptions()).render(documents), as: UTF8.self)
    }

    private func post(_ source: String, date: String?, categories: [String] = [], lang: String? = nil,
                      bookmarks: [Bookmark] = [], works: [Work] = []) -> Document {
        Document(metadata: Metadata(source: source, date: date.flatMap { PostDate(parsing: $0) }, categories: categories, lang: lang),
                 blocks: [], readingList: ReadingList(bookmarks: bookmarks, works: works))
    }

    private func bookmark(_ contentID: String, occurrence: Int = 1, _ url: String, title: String? = nil, notes: [String] = [],
                          section: [String] = []) -> Bookmark {
        Bookmark(contentID: contentID, occurrence: occurrence, url: url, title: title, notes: notes, sectionPath: section, range: range)
    }

    /// The entries of a rendering, split at their `@`.
    func entries(_ text: String) -> [Substring] {
        text.split(separator: "\n@").map { $0 }
    }

    @Test func samplePostsMatchTheGoldenFiles() throws {
        let documents = try SamplePosts.documents()
        try GoldenFile("samples-biblatex.bib").check(BibLaTeXWriter(options: WriterOptions()).render(documents))
        try GoldenFile("samples-bibtex.bib").check(BibTeXWriter(options: WriterOptions()).render(documents))
    }

    @Test func theSameURLInManyPostsIsOneEntryNamingEverySection() {
        let documents = (1...10).map { number in
            post("p\(number).md", date: "2020-01-\(number + 10)", categories: ["cat\(number % 3)"],
                 bookmarks: [bookmark("b-0123456789abcdef", "https://example.org/", title: "Example", section: ["Outer", "Section \(number % 2)"])])
        }
        let repeated = post("r.md", date: "2020-01-05", bookmarks: [
            bookmark("b-0123456789abcdef", "https://example.org/", section: ["Repeat"]),
            bookmark("b-0123456789abcdef", occurrence: 2, "https://example.org/", section: ["Repeat"]),
        ])
        let text = biblatex(documents + [repeated])
        #expect(entries(text).count == 1)
        #expect(text.contains("keywords = {Repeat, Section 0, Section 1, cat0, cat1, cat2},"))
        #expect(text.contains("urldate = {2020-01-05},"))
        #expect(text.contains("title = {Example},"))
    }

    @Test func outputDoesNotDependOnTheOrderOfThePosts() throws {
        let documents = try SamplePosts.documents()
        #expect(biblatex(documents) == biblatex(documents.reversed()))
        #expect(bibtex(documents) == bibtex(documents.reversed()))
        let a = post("a.md", date: nil, bookmarks: [bookmark("b-1", "https://example.org/a", notes: ["from a"])])
        let b = post("b.md", date: nil, bookmarks: [bookmark("b-1", "https://example.org/a", notes: ["from b"])])
        #expect(biblatex([a, b]) == biblatex([b, a]))
        #expect(biblatex([a, b]).contains("note = {from a}"))
    }

    @Test func arXivAndDOILinksCarryTheirIdentifiers() {
        let text = biblatex([post("p.md", date: "2021-03-04 10:00:00 +0800", bookmarks: [
            bookmark("b-1", "https://arxiv.org/abs/1706.03762v5", title: "Attention"),
            bookmark("b-2", "https://arxiv.org/pdf/hep-th/9901001.pdf"),
            bookmark("b-3", "https://doi.org/10.1145/1234.5678_x"),
            bookmark("b-4", "https://dl.acm.org/doi/abs/10.1145/3292500.3330701?casa=1"),
        ])])
        #expect(text.contains("@online{arxiv-1706.03762v5,\n  title = {Attention},\n  url = {https://arxiv.org/abs/1706.03762v5},\n  urldate = {2021-03-04},\n  eprint = {1706.03762v5},\n  eprinttype = {arxiv},\n"))
        #expect(text.contains("@online{arxiv-hep-th-9901001,"))
        #expect(text.contains("eprint = {hep-th/9901001},"))
        #expect(text.contains("doi = {10.1145/1234.5678_x},"))
        #expect(text.contains("doi = {10.1145/3292500.3330701},"))
        #expect(text.contains("title = {https://doi.org/10.1145/1234.5678\\_x},"))
    }

    @Test func worksAreMiscAndBookTitlesGetASubtype() {
        let works = [
            Work(contentID: "w-1", title: "The Book of Sand", kind: .standalone, range: range),
            Work(contentID: "w-2", title: "Facebook Papers", kind: .standalone, range: range),
            Work(contentID: "w-3", title: "旅行之书", kind: .mention, context: "读了《旅行之书》。", range: range),
            Work(contentID: "w-4", title: "伦敦议定书", kind: .standalone, range: range),
        ]
        let text = biblatex([post("p.md", date: "2020-02-02", works: works)])
        #expect(!text.contains("@book"))
        #expect(!text.contains("urldate"))
        #expect(entries(text).filter { $0.contains("entrysubtype = {book}") }.count == 2)
        #expect(entries(text).contains { $0.contains("entrysubtype = {book}") && $0.contains("The Book of Sand") })
        #expect(entries(text).contains { $0.contains("entrysubtype = {book}") && $0.contains("旅行之书") && $0.contains("langid = {chinese}") })
        #expect(text.contains("note = {读了《旅行之书》。}"))
        #expect(!bibtex([post("p.md", date: nil, works: works)]).contains("entrysubtype"))
    }

    @Test func specialsAreEscapedInTextButNotInURLs() {
        let url = "https://example.org/a_b%20c?x=1&y=~z#frag"
        let documents = [post("p.md", date: "2020-02-02", categories: ["c_1, c#2"], bookmarks: [
            bookmark("b-1", url, title: "# $ % & _ { } ~ ^ \\", notes: ["line one\n  line two"], section: ["{Open"]),
            bookmark("b-2", "https://example.org/{x}\\y z"),
        ])]
        let text = biblatex(documents)
        #expect(text.contains("title = {\\# \\$ \\% \\& \\_ \\textbraceleft{} \\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}},"))
        #expect(text.contains("url = {\(url)},"))
        #expect(text.contains("url = {https://example.org/%7Bx%7D%5Cy%20z},"))
        #expect(text.contains("note = {line one line two},"))
        #expect(text.contains("keywords = {c\\_1 c\\#2, \\textbraceleft{}Open},"))
        #expect(bibtex(documents).contains("howpublished = {\\url{\(url)}},"))
        for output in [text, bibtex(documents)] {
            let check = BibFileCheck(output)
            #expect(check.problems.isEmpty, "\(check.problems)")
        }
    }

    @Test func noncharactersAreLeftOutOfTextAndEncodedInURLs() {
        let documents = [post("p.md", date: "2020-02-02", bookmarks: [
            bookmark("b-1", "https://example.org/a\u{FFFF}", title: "A\u{FFFF}B\u{FFFE}", notes: ["n\u{FFFE}ote"]),
        ])]
        let text = biblatex(documents)
        #expect(text.contains("title = {AB},"))
        #expect(text.contains("note = {note},"))
        #expect(text.contains("url = {https://example.org/a%EF%BF%BF},"))
        #expect(!text.unicodeScalars.contains { $0.properties.isNoncharacterCodePoint })
    }

    @Test func keysAreASCIIUniqueAndFromTheSite() {
        let documents = [post("p.md", date: nil, bookmarks: [
            bookmark("b-1", "https://news.bbc.co.uk/story"),
            bookmark("b-2", "https://user@例子.中国:8080/"),
            bookmark("b-3", "https://arxiv.org/abs/1706.03762"),
            bookmark("b-4", "https://export.arxiv.org/abs/1706.03762"),
        ])]
        let check = BibFileCheck(biblatex(documents))
        #expect(check.problems.isEmpty, "\(check.problems)")
        #expect(check.keys.contains { $0.hasPrefix("bbc-") })
        #expect(check.keys.contains { $0.hasPrefix("link-") })
        #expect(check.keys.filter { $0.hasPrefix("arxiv-1706.03762") }.sorted() == ["arxiv-1706.03762", "arxiv-1706.03762-2"])
    }

    @Test func languageComesFromTheTitleScriptThenThePost() {
        let documents = [post("p.md", date: nil, lang: "de", bookmarks: [
            bookmark("b-1", "https://a.example/", title: "Über Bücher"),
            bookmark("b-2", "https://b.example/", title: "ひらがなの本"),
            bookmark("b-3", "https://c.example/", title: "한국어"),
        ])]
        let text = biblatex(documents)
        #expect(entries(text).contains { $0.contains("Über") && $0.contains("langid = {german}") })
        #expect(entries(text).contains { $0.contains("ひらがな") && $0.contains("langid = {japanese}") })
        #expect(entries(text).contains { $0.contains("한국어") && $0.contains("langid = {korean}") })
    }

    @Test func fixtureSiteExportsHaveUniqueKeysAndBalancedBraces() throws {
        try checkKeysAndBraces(try SamplePosts.fixtureDocuments(), atLeast: 10)
    }

    /// Both exports of `documents` have well-formed entries with the same unique keys.
    func checkKeysAndBraces(_ documents: [Document], atLeast count: Int) throws {
        let latex = BibFileCheck(biblatex(documents))
        let classic = BibFileCheck(bibtex(documents))
        #expect(latex.problems.isEmpty, "\(latex.problems.prefix(10))")
        #expect(classic.problems.isEmpty, "\(classic.problems.prefix(10))")
        #expect(latex.keys.count > count)
        #expect(latex.keys == classic.keys)
    }
}

/// The bibliography writers on the shared corpus and seed.
@Suite struct BibliographyWriterCorpusTests {
    private let tests = BibliographyWriterTests()

    @Test func sharedCorpusExportsHaveUniqueKeysAndBalancedBraces() throws {
        try tests.checkKeysAndBraces(try SamplePosts.sharedDocuments(), atLeast: 1000)
    }

    @Test func seedPostHas43OnlineEntriesPlusItsWorks() throws {
        let seed = try SamplePosts.documents(in: SamplePosts.shared.appendingPathComponent("seed"), named: "seed")
        let text = tests.biblatex(seed)
        #expect(tests.entries(text).filter { $0.hasPrefix("@online{") || $0.hasPrefix("online{") }.count == 43)
        let works = Set(seed.flatMap(\.readingList.works).map(\.title))
        #expect(!works.isEmpty)
        #expect(tests.entries(text).filter { $0.hasPrefix("misc{") || $0.hasPrefix("@misc{") }.count == works.count)
    }
}
