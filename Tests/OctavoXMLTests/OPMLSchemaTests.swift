import OctavoXML
import Testing

/// `schemas/opml-2.0.rng` accepts OPML 2.0 and rejects what the specification rules out.
@Suite struct OPMLSchemaTests {
    let validator: RelaxNGValidator

    init() throws {
        validator = try RelaxNGValidator(.opml2_0)
    }

    private func problems(_ head: String, _ body: String) -> [String] {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head>\(head)</head><body>\(body)</body></opml>\n"
        return validator.validate(Array(document.utf8), path: "test.opml").map(\.message)
    }

    @Test func acceptsAReadingList() {
        let head = "<title>Reading</title><dateCreated>Fri, 22 Dec 2017 10:30:00 +0800</dateCreated><docs>http://opml.org/spec2.opml</docs>"
        let body = """
            <outline text="Post" created="22 Dec 2017 00:00 GMT" category="ml,/Tech/AI">\
            <outline text="Papers"><outline type="link" text="A paper" url="https://arxiv.org/abs/1706.05098" _note="first&#10;second"/>\
            <outline text="《A book》"/></outline></outline>\
            <outline type="rss" text="Feed" xmlUrl="https://example.org/feed.xml" htmlUrl="https://example.org/" url="extra"/>\
            <outline text="Folder" type="folder" url="anything"/>
            """
        #expect(problems(head, body) == [])
    }

    @Test func requiresTextOnEveryOutline() {
        #expect(!problems("", "<outline text=\"a\"><outline url=\"https://example.org/\"/></outline>").isEmpty)
    }

    @Test func requiresUrlOnLinks() {
        #expect(!problems("", "<outline type=\"link\" text=\"a\"/>").isEmpty)
    }

    @Test func requiresXmlUrlOnFeeds() {
        #expect(!problems("", "<outline type=\"rss\" text=\"a\" url=\"https://example.org/\"/>").isEmpty)
    }

    @Test func allowsEachHeadElementOnce() {
        #expect(!problems("<title>a</title><title>b</title>", "<outline text=\"a\"/>").isEmpty)
        #expect(!problems("<docs>a</docs><docs>b</docs>", "<outline text=\"a\"/>").isEmpty)
    }

    @Test func requiresRFC822Dates() {
        #expect(!problems("<dateCreated>2017-12-22T10:30:00Z</dateCreated>", "<outline text=\"a\"/>").isEmpty)
        #expect(!problems("", "<outline text=\"a\" created=\"2017-12-22\"/>").isEmpty)
        #expect(problems("<dateModified>Mon, 1 Jan 2024 09:05 Z</dateModified>", "<outline text=\"a\"/>") == [])
    }

    @Test func requiresAnOutlineInTheBody() {
        #expect(!problems("", "").isEmpty)
    }
}
