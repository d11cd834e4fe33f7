import Foundation
import OctavoXML
import Testing

/// The schemas compiled into the binary are exactly the files in `schemas/`.
@Suite struct EmbeddedSchemaTests {
    static let schemasFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas")

    @Test func embeddedCopyEqualsSchemasFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.schemasFolder.path)
            .filter { $0.hasSuffix(".rng") }.sorted()
        #expect(EmbeddedSchema.allCases.map(\.name).sorted() == names, "run scripts/embed-schemas")
        for name in names {
            let file = try Data(contentsOf: Self.schemasFolder.appendingPathComponent(name))
            let embedded = try #require(EmbeddedSchema(rawValue: name), "run scripts/embed-schemas")
            #expect(Array(embedded.text.utf8) == Array(file), "\(name) differs from its embedded copy; run scripts/embed-schemas")
        }
    }

    @Test func everyEmbeddedSchemaCompiles() throws {
        for schema in EmbeddedSchema.allCases {
            _ = try RelaxNGValidator(schema)
        }
    }
}
