import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// `ContentSurvey` finds on the tree what `ContentDocumentRenderer` then writes: the
/// same identifiers, and the same images asked about in the same order.
@Suite struct ContentSurveyTests {
    /// Records the images asked about; sources starting with `http` become placeholders.
    struct RecordedImages: ContentResources {
        var asked: [String] = []
        mutating func image(_ source: String, at position: SourcePosition) -> ImageTarget {
            asked.append("\(source)@\(position.line):\(position.column)")
            return source.hasPrefix("http") ? .placeholder : .href("media/" + source)
        }

        func link(_ destination: String, at position: SourcePosition) -> String { destination }
    }

    private func post(_ markdown: String, path: String = "posts/2026-1-1-post.md") throws -> Document {
        try JekyllReader().read(Source(path: path, text: markdown))
    }

    /// The value of every `id` attribute in rendered XHTML, its character references undone.
    func writtenIdentifiers(_ bytes: [UInt8]) -> Set<String> {
        let text = String(decoding: bytes, as: UTF8.self)
        var identifiers: Set<String> = []
        for match in text.matches(of: /\sid="([^"]*)"/) {
            identifiers.insert(String(match.1).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&"))
        }
        return identifiers
    }

    /// Surveys and renders `document`, expecting the survey to know what the rendering holds.
    func expectAgreement(_ document: Document, settings: ContentDocumentSettings = ContentDocumentSettings(),
                                 sourceLocation: SourceLocation = #_sourceLocation) -> ContentSurvey {
        var surveyed = RecordedImages()
        let survey = ContentSurvey.survey(document, settings: settings, resources: &surveyed)
        var rendered = RecordedImages()
        let content = ContentDocumentRenderer.render(document, settings: settings, resources: &rendered)
        #expect(survey.identifiers == writtenIdentifiers(content.bytes), sourceLocation: sourceLocation)
        #expect(surveyed.asked == rendered.asked, sourceLocation: sourceLocation)
        return survey
    }

    @Test func knowsTheIdentifiersAndImagesOfEveryConstruct() throws {
        let survey = expectAgreement(try post(ConstructsPost.text, path: ConstructsPost.path))
        #expect(survey.identifiers.isSuperset(of: ["start", "start-2", "markdown-toc", "fn1", "fnref1", "fnref1-2", "anchor"]))
        _ = expectAgreement(SampleDocument.document)
    }

    @Test func identifiersCountOnlyWhereTheirElementIsWritten() throws {
        let survey = expectAgreement(try post("""
            - tight first paragraph
              {:#dropped-in-list}
            - second

            A note[^n] and [a link](#y){:#a-link}, [javascript:x()](javascript:x()){:#refused-link}.
            ![remote](https://example.org/a.png){:#placeholder} ![local](a.png){:#shown}

            [^n]: Its last paragraph.
                {:#dropped-in-note}

            [^unused]: Never referred to {#nor-this}
            """))
        #expect(survey.identifiers.isSuperset(of: ["a-link", "shown", "fn1", "fnref1"]))
        #expect(survey.identifiers.isDisjoint(with: ["dropped-in-list", "refused-link", "placeholder", "dropped-in-note", "nor-this"]))
    }

    /// Raw HTML nests only as deep as the page around it leaves room for; identifiers
    /// below that depth are left out by the survey as by the renderer, wherever the HTML
    /// stands.
    @Test func identifiersNestedPastTheDepthBudgetAreLeftOutAlike() throws {
        for depth in [150, 195, 200, 205, 215, 250] {
            let nested = (0..<depth).map { "<span id=\"s\($0)\">" }.joined() + "x" + String(repeating: "</span>", count: depth)
            let survey = expectAgreement(try post("""
                Para \(nested) end.[^n]

                > - *in a quote and a list* \(nested)
                >
                >   | cell \(nested) |
                >   |---|

                [^n]: Note \(nested)
                """))
            #expect(survey.identifiers.contains("s0"))
            if depth == 150 { #expect(survey.identifiers.contains("s149")) }
            if depth == 250 { #expect(!survey.identifiers.contains("s249")) }
        }
    }

    @Test func rawHTMLKeepsTheIdentifiersTheSanitiserWrites() throws {
        let survey = expectAgreement(try post("""
            # Title

            <div id="kept"><script id="gone">x</script><p id="title">heading's</p><a name="named"></a></div>

            Inline <span id="in-run">*emphasis*{:#in-slot}</span> and <img src="raw.png" id="raw-image">
            <img src="https://example.org/r.png" id="raw-placeholder">.
            """))
        #expect(survey.identifiers.isSuperset(of: ["title", "kept", "named", "in-run", "in-slot", "raw-image"]))
        #expect(survey.identifiers.isDisjoint(with: ["gone", "raw-placeholder"]))
    }

    @Test func headingsRenamedByTheDocumentKeepTheirWrittenIdentifiers() throws {
        let survey = expectAgreement(try post("""
            # One {#fn1}

            # Two {#twice}

            # Three {#twice}
            """))
        #expect(survey.identifiers == ["fn1-2", "twice", "twice-2"])
        #expect(survey.renamedHeadingIdentifiers == ["fn1"])
    }

    @Test func archiveLinksAndTablesOfContentsAreSurveyedAsWritten() throws {
        let document = try post("""
            * toc
            {:toc}

            ## A heading with ![an image](a.png)

            - [Bookmark](https://example.org/page)
            """)
        _ = expectAgreement(document, settings: ContentDocumentSettings(options: WriterOptions(archiveLinks: true)))
    }

    /// The settings of a book's chapters.
    static let postSettings = ContentDocumentSettings(options: WriterOptions(typography: true), includesTitleHeading: true)

    @Test func everySampleAndFixturePostIsSurveyedAsItIsRendered() throws {
        let documents = try SamplePosts.documents() + SamplePosts.fixtureDocuments()
        #expect(!documents.isEmpty)
        for document in documents {
            _ = expectAgreement(document, settings: Self.postSettings)
        }
    }
}

/// `ContentSurvey` on the shared seed and corpus, as on the samples and the fixture site above.
@Suite struct ContentSurveyCorpusTests {
    @Test func everySharedPostIsSurveyedAsItIsRendered() throws {
        let documents = try SamplePosts.sharedDocuments()
        #expect(documents.count > 60)
        for document in documents {
            _ = ContentSurveyTests().expectAgreement(document, settings: ContentSurveyTests.postSettings)
        }
    }
}
