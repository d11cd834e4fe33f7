import Foundation
import OctavoModel
import OctavoXML
import Testing

/// Documents that try to make the parser read files, reach the network or expand
/// entities without bound are refused before any of it happens.
@Suite struct SafeParsingTests {
    let validator: RelaxNGValidator

    init() throws {
        validator = try RelaxNGValidator(schema: """
            <grammar xmlns="http://relaxng.org/ns/structure/1.0">
              <start><element name="list"><text/></element></start>
            </grammar>
            """, name: "text.rng")
    }

    @Test func refusesAnExternalEntity() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-xxe-\(UUID().uuidString)")
        try Data("SECRET-CONTENT".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE list [
              <!ENTITY xxe SYSTEM "\(secret.absoluteString)">
            ]>
            <list>&xxe;</list>
            """
        let diagnostics = validator.validate(Array(document.utf8), path: "xxe.xml")
        let first = try #require(diagnostics.first)
        #expect(first.message.contains("entity declarations are refused"))
        #expect(first.position.line == 3)
        #expect(!diagnostics.contains { $0.message.contains("SECRET-CONTENT") })
    }

    @Test func refusesBillionLaughsFast() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "<!ENTITY lol\(level) \"\(previous)\">\n"
        }
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE list [\n\(declarations)]>\n<list>&lol9;</list>\n"
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure {
            diagnostics = validator.validate(Array(document.utf8), path: "lol.xml")
        }
        #expect(elapsed < .seconds(1))
        #expect(diagnostics.contains { $0.message.contains("entity declarations are refused") })
    }

    @Test func neverFetchesAnExternalDTD() {
        let document = "<?xml version=\"1.0\"?>\n<!DOCTYPE list SYSTEM \"http://127.0.0.1:9/never.dtd\">\n<list>text</list>\n"
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = clock.measure {
            diagnostics = validator.validate(Array(document.utf8), path: "dtd.xml")
        }
        #expect(diagnostics.isEmpty)
        #expect(elapsed < .seconds(1))
    }
}
