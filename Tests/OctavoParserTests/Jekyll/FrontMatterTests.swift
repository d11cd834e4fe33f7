import OctavoModel
@testable import OctavoParser
import Testing

/// Finding front matter, and reading its YAML into metadata.
@Suite struct FrontMatterTests {
    func read(_ text: String, path: String = "post.md") throws(Diagnostic) -> FrontMatter {
        try FrontMatter(Source(path: path, text: text))
    }

    func error(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPostWithoutFrontMatterHasEmptyMetadata() throws {
        for text in ["# Title\n", "", "----\ntitle: x\n----\n", " ---\ntitle: x\n---\n", "---x\n---\n"] {
            let frontMatter = try read(text)
            #expect(frontMatter.metadata == Metadata())
            #expect(frontMatter.bodyOffset == 0)
        }
    }

    @Test func emptyFrontMatterIsFine() throws {
        for text in ["---\n---\n# Body\n", "---\n# only a comment\n---\n", "---\n...\n"] {
            let frontMatter = try read(text)
            #expect(frontMatter.metadata == Metadata())
            #expect(frontMatter.bodyOffset == text.utf8.count - (text.hasSuffix("# Body\n") ? 7 : 0))
        }
    }

    @Test func readsTheKnownKeys() throws {
        let text = """
            ---
            layout: post
            title:  Linux学习心得（一）
            date: 2017-12-22 10:30:00 +0800
            category: Ancient China
            categories: [DL, NLP]
            tags: swift yaml
            slug: linux-1
            lang: zh
            ---
            Body

            """
        let frontMatter = try read(text)
        let metadata = frontMatter.metadata
        #expect(metadata.layout == "post")
        #expect(metadata.title == "Linux学习心得（一）")
        #expect(metadata.date?.description == "2017-12-22T10:30:00+08:00")
        #expect(metadata.categories == ["Ancient China", "DL", "NLP"])
        #expect(metadata.tags == ["swift", "yaml"])
        #expect(metadata.slug == "linux-1")
        #expect(metadata.lang == "zh")
        #expect(metadata.fields.isEmpty)
        #expect(frontMatter.bodyOffset == text.utf8.count - 5)
    }

    @Test func categoriesAsAStringAreSplitAtSpacesButACategoryIsNot() throws {
        #expect(try read("---\ncategories: a  b\tc\n---\n").metadata.categories == ["a", "b", "c"])
        #expect(try read("---\ncategory: Red star \n---\n").metadata.categories == ["Red star"])
        #expect(try read("---\ncategories:\n  - Red star\n  - [x, 2017]\n---\n").metadata.categories == ["Red star", "x", "2017"])
        #expect(try read("---\ncategory: a\ncategories: a b\n---\n").metadata.categories == ["a", "b"])
        #expect(try read("---\ncategories:\n---\n").metadata.categories == [])
        #expect(try read("---\ntag: one tag\ntags: [b]\n---\n").metadata.tags == ["one tag", "b"])
    }

    @Test func quotedAndPlainDatesAreBothDates() throws {
        #expect(try read("---\ndate: '2017-12-22'\n---\n").metadata.date == PostDate(year: 2017, month: 12, day: 22))
        #expect(try read("---\ndate: \"2015-1-4 08:05\"\n---\n").metadata.date == PostDate(year: 2015, month: 1, day: 4, hour: 8, minute: 5))
        #expect(try read("---\ndate: 2017-12-22T10:30:00Z\n---\n").metadata.date?.utcOffsetMinutes == 0)
    }

    @Test func otherKeysKeepTheirTypeAndOrder() throws {
        let metadata = try read("""
            ---
            title: "quoted: yes"
            comments: yes
            count: 1_000
            hex: 0x1F
            ratio: 2.5
            whole: 3.0
            nothing: ~
            version: '2'
            date_like: 2017-12-22
            inf: .inf
            list: [1, two, 3.5, false]
            nested:
              z: last
              a:
                - x
            ---

            """).metadata
        #expect(metadata.title == "quoted: yes")
        #expect(metadata.fields.map(\.key) == ["comments", "count", "hex", "ratio", "whole", "nothing", "version", "date_like", "inf", "list", "nested"])
        #expect(metadata[field: "comments"] == .bool(true))
        #expect(metadata[field: "count"] == .int(1000))
        #expect(metadata[field: "hex"] == .int(31))
        #expect(metadata[field: "ratio"] == .double(2.5))
        #expect(metadata[field: "whole"] == .double(3))
        #expect(metadata[field: "nothing"] == .null)
        #expect(metadata[field: "version"] == .string("2"))
        #expect(metadata[field: "date_like"] == .string("2017-12-22"))
        #expect(metadata[field: "inf"] == .string(".inf"))
        #expect(metadata[field: "list"] == .list([.int(1), .string("two"), .double(3.5), .bool(false)]))
        #expect(metadata[field: "nested"] == .map([
            MetadataEntry(key: "z", value: .string("last")),
            MetadataEntry(key: "a", value: .list([.string("x")])),
        ]))
    }

    @Test func plainScalarTyping() {
        #expect(PlainScalar.value("-42") == .int(-42))
        #expect(PlainScalar.value("+7") == .int(7))
        #expect(PlainScalar.value("007") == .string("007"))
        #expect(PlainScalar.value("99999999999999999999") == .string("99999999999999999999"))
        #expect(PlainScalar.value("-.5") == .double(-0.5))
        #expect(PlainScalar.value("1e3") == .double(1000))
        #expect(PlainScalar.value("1.2.3") == .string("1.2.3"))
        #expect(PlainScalar.value("e") == .string("e"))
        #expect(PlainScalar.value("+-5") == .string("+-5"))
        #expect(PlainScalar.value("Off") == .bool(false))
        #expect(PlainScalar.value("NULL") == .null)
    }

    @Test func unicodeTitlesAndCRLFLineEndings() throws {
        let text = "---\r\ntitle: 《深度学习》 — “notes” 🎉\r\ncategory: 机器学习\r\n---\r\nBody\r\n"
        let frontMatter = try read(text)
        #expect(frontMatter.metadata.title == "《深度学习》 — “notes” 🎉")
        #expect(frontMatter.metadata.categories == ["机器学习"])
        #expect(frontMatter.bodyOffset == text.utf8.count - 6)
    }

    @Test func dotsCloseTheFrontMatterAndMarkersMayHaveTrailingSpaces() throws {
        let text = "--- \ntitle: x\n...\t\n---\n"
        let frontMatter = try read(text)
        #expect(frontMatter.metadata.title == "x")
        #expect(frontMatter.bodyOffset == 19)
    }

    /// Nine anchors of nine aliases each name 9^9 values in 368 bytes: the front
    /// matter is refused once it passes the budget, long before memory runs out.
    @Test(arguments: ["title", "categories"])
    func aliasesThatExpandPastTheBudgetAreAnError(lastKey: String) {
        var lines = ["---", "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        lines += [lastKey + ": *i", "---", ""]
        let diagnostic = error(lines.joined(separator: "\n"))
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message.contains("front matter too large: more than 100000 values") == true, "\(diagnostic?.message ?? "")")
    }

    @Test func nestingPastTheLimitIsAnError() {
        let text = "---\nk: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n---\n"
        #expect(error(text)?.message.contains("nested deeper than 100 levels") == true)
    }

    @Test func dateThatIsNoDateIsAWarningAtItsLineAndColumn() throws {
        let frontMatter = try read("---\ntitle: x\ndate: 2017-13-40\n---\n")
        #expect(frontMatter.metadata.date == nil)
        #expect(frontMatter.metadata.title == "x")
        let warning = try #require(frontMatter.warnings.first)
        #expect(frontMatter.warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.position == SourcePosition(line: 3, column: 7))
        #expect(warning.message.contains("`date` is not a date: \"2017-13-40\""))
        #expect(warning.message.contains("the file name's date is used"))
    }

    @Test func aTitleLosesWhatXMLCannotHoldWithAWarningAtTheTitle() throws {
        let repaired = try read("---\ndate: 2020-01-01\ntitle: \"A\\x02 b\\uFFFF\\x02\"\n---\n")
        #expect(repaired.metadata.title == "A b")
        #expect(repaired.warnings.map(\.message) == ["`title` has characters no document can hold (U+0002, U+FFFF); they are left out"])
        #expect(repaired.warnings.first?.position == SourcePosition(line: 3, column: 8))
        #expect(repaired.warnings.first?.severity == .warning)
        let emptied = try read("---\ntitle: \"\\x01\"\n---\n")
        #expect(emptied.metadata.title == nil)
        #expect(emptied.warnings.map(\.message) == ["`title` has no text, only characters no document can hold (U+0001); the post is untitled"])
        #expect(emptied.warnings.first?.position == SourcePosition(line: 2, column: 8))
        let kept = try read("---\ntitle: \"Tab\\there \\u0085 too\"\n---\n")
        #expect(kept.metadata.title == "Tab\there \u{85} too")
        #expect(kept.warnings.isEmpty)
    }

    @Test(arguments: [
        // A YAML syntax error: line 3 of the file, at the offending colon.
        ("---\ntitle: ok\nbad: a: b\n---\n", 3, 7, "mapping values are not allowed"),
        // Columns count UTF-8 bytes, libYAML counts characters.
        ("---\ntitle: 深度\nk: [a, b\n---\n", 3, 4, "opened here and not closed by line 4"),
        ("---\n标题: \"深度\" x\n---\n", 2, 18, "invalid YAML in front matter"),
        ("---\ntitle: a\ntitle: b\n---\n", 2, 1, "duplicate key `title`"),
        ("---\n- a\n- b\n---\n", 2, 1, "must be a mapping of keys to values, not a list"),
        ("---\njust text\n---\n", 2, 1, "not a scalar"),
        ("---\ntitle: [a]\n---\n", 2, 8, "`title` must be text, not a list"),
        ("---\ncategories: {a: b}\n---\n", 2, 13, "`categories` must be a name or a list of names"),
        ("---\ntitle: x\n", 1, 1, "front matter is not closed"),
        ("---\r\ntitle: ok\r\nbad: a: b\r\n---\r\n", 3, 7, "mapping values are not allowed"),
    ])
    func invalidFrontMatterIsAnErrorAtItsLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let diagnostic = error(text)
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.path == "post.md")
        #expect(diagnostic?.position == SourcePosition(line: line, column: column))
        #expect(diagnostic?.message.contains(message) == true, "\(diagnostic?.message ?? "no error")")
    }
}
