import Foundation
import OctavoModel
import OctavoParser
import Testing

/// One conformance example from `spec/commonmark-spec.json` or `spec/gfm-extensions.json`.
struct SpecExample: Sendable, Decodable, CustomTestStringConvertible {
    var markdown: String
    var html: String
    var example: Int
    var section: String
    var dialect: MarkdownDialect = .commonmark

    private enum CodingKeys: String, CodingKey {
        case markdown, html, example, section
    }

    /// True for the one GFM example whose expected HTML is `<IGNORE>`: it only checks
    /// that parsing completes.
    var onlyChecksCompletion: Bool {
        html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>"
    }

    var suiteName: String { dialect == .commonmark ? "CommonMark" : "GFM" }

    var testDescription: String { "\(suiteName) example \(example) (\(section))" }
}

/// The conformance examples, loaded from the shared folder.
enum SpecExamples {
    /// Every CommonMark example, to be parsed as `.commonmark`.
    static func commonMark() throws -> [SpecExample] {
        try load("spec/commonmark-spec.json", dialect: .commonmark)
    }

    /// Every GFM extension example, to be parsed as `.gfm`.
    static func gfm() throws -> [SpecExample] {
        try load("spec/gfm-extensions.json", dialect: .gfm)
    }

    private static func load(_ relativePath: String, dialect: MarkdownDialect) throws -> [SpecExample] {
        let data = try SharedFiles.data(relativePath)
        var examples = try JSONDecoder().decode([SpecExample].self, from: data)
        guard !examples.isEmpty else {
            throw SharedFiles.Missing(description: "\(relativePath) holds no examples")
        }
        for index in examples.indices { examples[index].dialect = dialect }
        return examples
    }
}
