import OctavoModel
import OctavoParser
import OctavoWriters
import Testing

/// Runs the CommonMark and GFM conformance examples through the parser and the HTML
/// writer and compares normalised HTML.
@Suite struct SpecConformanceCorpusTests {
    /// The outcome of one example.
    struct Outcome {
        var passed: Bool
        var actual: String
    }

    static func run(_ example: SpecExample) -> Outcome {
        let document = MarkdownParser(dialect: example.dialect)
            .parse(Source(path: "example-\(example.example).md", text: example.markdown))
        let options = WriterOptions(filtersDisallowedRawHTML: example.dialect == .gfm)
        let actual = String(decoding: HTMLWriter(options: options).render(document), as: UTF8.self)
        if example.onlyChecksCompletion {
            return Outcome(passed: true, actual: actual)
        }
        let passed = HTMLNormalizer.normalize(actual) == HTMLNormalizer.normalize(example.html)
        return Outcome(passed: passed, actual: actual)
    }

    static func failureMessage(_ example: SpecExample, actual: String) -> Comment {
        """
        \(example.testDescription)
        --- markdown
        \(example.markdown)--- expected
        \(example.html)--- actual
        \(actual)--- expected (normalised)
        \(HTMLNormalizer.normalize(example.html))
        --- actual (normalised)
        \(HTMLNormalizer.normalize(actual))
        """
    }

    @Test(arguments: try SpecExamples.commonMark())
    func commonMark(_ example: SpecExample) {
        let outcome = SpecConformanceCorpusTests.run(example)
        #expect(outcome.passed, SpecConformanceCorpusTests.failureMessage(example, actual: outcome.actual))
    }

    @Test(arguments: try SpecExamples.gfm())
    func gfm(_ example: SpecExample) {
        let outcome = SpecConformanceCorpusTests.run(example)
        #expect(outcome.passed, SpecConformanceCorpusTests.failureMessage(example, actual: outcome.actual))
    }

    /// Prints passes per section ("Tabs 11/11") and per suite ("CommonMark 655/655").
    @Test func summary() throws {
        var failed: [String] = []
        for examples in [try SpecExamples.commonMark(), try SpecExamples.gfm()] {
            var sections: [String] = []
            var counts: [String: (passed: Int, total: Int)] = [:]
            for example in examples {
                if counts[example.section] == nil { sections.append(example.section) }
                let passed = SpecConformanceCorpusTests.run(example).passed
                counts[example.section, default: (0, 0)].total += 1
                if passed {
                    counts[example.section, default: (0, 0)].passed += 1
                } else {
                    failed.append("\(examples[0].suiteName) \(example.example)")
                }
            }
            for section in sections {
                let count = counts[section, default: (0, 0)]
                print("\(section) \(count.passed)/\(count.total)")
            }
            let passed = counts.values.reduce(0) { $0 + $1.passed }
            print("\(examples[0].suiteName) \(passed)/\(examples.count)")
        }
        #expect(failed.isEmpty, "\(failed.count) examples fail: \(failed.prefix(40).joined(separator: ", "))\(failed.count > 40 ? ", ..." : "")")
    }
}
