import OctavoModel
import OctavoXML
import Testing

/// A small schema: a `list` of `item`s, each with a required `name`.
private let listSchema = """
    <grammar xmlns="http://relaxng.org/ns/structure/1.0">
      <start>
        <element name="list">
          <oneOrMore>
            <element name="item"><attribute name="name"/><empty/></element>
          </oneOrMore>
        </element>
      </start>
    </grammar>
    """

@Suite struct RelaxNGValidatorTests {
    let validator: RelaxNGValidator

    init() throws {
        validator = try RelaxNGValidator(schema: listSchema, name: "list.rng")
    }

    @Test func acceptsAValidDocument() {
        #expect(validator.validate(Array("<list><item name=\"a\"/></list>".utf8), path: "ok.xml").isEmpty)
    }

    @Test func reportsInvalidElementsWithTheirLine() throws {
        let document = "<list>\n<item name=\"a\"/>\n<item/>\n</list>\n"
        let diagnostics = validator.validate(Array(document.utf8), path: "bad.xml")
        let first = try #require(diagnostics.first)
        #expect(first.severity == .error)
        #expect(first.path == "bad.xml")
        #expect(first.position.line == 3)
        #expect(first.position.column >= 1)
    }

    @Test func reportsMalformedXMLWithLineAndColumn() throws {
        let diagnostics = validator.validate(Array("<list>\n  <item name=\"a\">\n</list>".utf8), path: "broken.xml")
        let first = try #require(diagnostics.first)
        #expect(first.position.line == 3)
        #expect(first.position.column > 1)
        #expect(first.description.hasPrefix("broken.xml:3:"))
    }

    @Test func rejectsAnInvalidSchema() {
        #expect(throws: SchemaError.self) {
            _ = try RelaxNGValidator(schema: "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start/></grammar>", name: "broken.rng")
        }
    }

    @Test func validatesFromManyThreadsWithoutMixingMessages() async {
        let results = await withTaskGroup(of: (Int, Int).self) { group in
            for index in 0..<32 {
                group.addTask {
                    let validator = try? RelaxNGValidator(schema: listSchema, name: "list.rng")
                    let document = index.isMultiple(of: 2) ? "<list><item name=\"x\"/></list>" : "<list><item/></list>"
                    return (index, validator?.validate(Array(document.utf8), path: "doc\(index).xml").count ?? -1)
                }
            }
            var results: [(Int, Int)] = []
            for await result in group { results.append(result) }
            return results
        }
        for (index, count) in results {
            if index.isMultiple(of: 2) { #expect(count == 0) } else { #expect(count > 0) }
        }
    }
}
