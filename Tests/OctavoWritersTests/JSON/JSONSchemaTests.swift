import Foundation
import OctavoModel
import OctavoWriters
import Testing

/// Runs `scripts/check-json-schema` (python3 + jsonschema) on written documents.
/// Missing tools are a failure, not a skip: the test script installs them first.
@Suite struct JSONSchemaTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Writes `json` to a temporary file and returns the checker's exit status and messages.
    func check(_ json: [UInt8]) throws -> (status: Int32, messages: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-schema-\(UUID().uuidString).json")
        try Data(json).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", JSONSchemaTests.packageRoot.appendingPathComponent("scripts/check-json-schema").path, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, messages)
    }

    @Test func writtenDocumentMatchesTheSchema() throws {
        let result = try check(JSONWriter(options: WriterOptions()).render(SampleDocument.document))
        #expect(result.status != 127, "python3 is not installed")
        #expect(result.status != 2, "the schema checker could not run: \(result.messages)")
        #expect(result.status == 0, "schema violations:\n\(result.messages)")
    }

    @Test func schemaRejectsAnUnknownNodeType() throws {
        var json = String(decoding: JSONWriter(options: WriterOptions()).render(SampleDocument.document), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"type\":\"softBreak\"", with: "\"type\":\"softbreak\"")
        let result = try check(Array(json.utf8))
        #expect(result.status == 1, "expected a schema violation, got status \(result.status): \(result.messages)")
        #expect(result.messages.contains("'softbreak' is not one of"))
    }

    @Test func schemaRejectsAnUnknownProperty() throws {
        var json = String(decoding: JSONWriter(options: WriterOptions()).render(SampleDocument.document), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"tight\":true", with: "\"tight\":true,\"loose\":false")
        let result = try check(Array(json.utf8))
        #expect(result.status == 1, "expected a schema violation, got status \(result.status): \(result.messages)")
        #expect(result.messages.contains("'loose'"))
    }
}
