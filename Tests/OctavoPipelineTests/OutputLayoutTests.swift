import Foundation
import Testing
import OctavoModel
import OctavoPipeline

@Suite struct OutputLayoutTests {
    @Test func keepsTheLayoutBelowTheFolderGivenAndNamesBySlug() throws {
        let post = Input(path: "site/_posts/2020/2020-1-2-hello.md", layoutFolder: "2020")
        var layout = OutputLayout(folder: "out", inputs: [post])
        #expect(try layout.claim(post, slug: "hello", fileExtension: "html") == "out/2020/hello.html")
        #expect(try layout.claim(post, slug: "hello", fileExtension: "json") == "out/2020/hello.json")
    }

    @Test func aFileGivenOnItsOwnGoesDirectlyIntoTheFolder() throws {
        let post = Input(argument: "posts/deep/about.markdown")
        var layout = OutputLayout(folder: "out/", inputs: [post])
        #expect(try layout.claim(post, slug: nil, fileExtension: "html") == "out/about.html")
    }

    @Test func withoutAUsableSlugTheInputsBaseNameIsUsed() throws {
        let inputs = [Input(argument: "a/first.md"), Input(argument: "b/second.post.md"), Input(argument: "c/.hidden.md")]
        var layout = OutputLayout(folder: "out", inputs: inputs)
        #expect(try layout.claim(inputs[0], slug: "../escape", fileExtension: "json") == "out/first.json")
        #expect(try layout.claim(inputs[1], slug: "", fileExtension: "json") == "out/second.post.json")
        #expect(try layout.claim(inputs[2], slug: nil, fileExtension: "json") == "out/.hidden.json")
    }

    @Test func standardInputIsNamedByItsStandInName() throws {
        let input = Input(standardInputNamed: "drafts/2021-3-4-notes.md")
        var layout = OutputLayout(folder: "out", inputs: [input])
        #expect(try layout.claim(input, slug: nil, fileExtension: "html") == "out/2021-3-4-notes.html")
    }

    /// Two posts with one slug (Jekyll publishes both, on their dates) both get written:
    /// the second under its file name; a third that finds that taken too is an error.
    @Test func aSecondPostWithTheSameSlugIsNamedByItsFileElseAnErrorNamingBoth() throws {
        let first = Input(path: "posts/2019-1-1-notes.md", layoutFolder: "")
        let second = Input(path: "posts/2020-5-5-notes.md", layoutFolder: "")
        let third = Input(path: "other/2020-5-5-notes.md", layoutFolder: "")
        var layout = OutputLayout(folder: "out", inputs: [first, second, third])
        #expect(try layout.claim(first, slug: "notes", fileExtension: "html") == "out/notes.html")
        #expect(try layout.claim(second, slug: "notes", fileExtension: "html") == "out/2020-5-5-notes.html")
        #expect(throws: Diagnostic(.error, path: "other/2020-5-5-notes.md", position: SourcePosition(line: 1, column: 1),
                                   message: "output out/notes.html is already written from posts/2019-1-1-notes.md")) {
            try layout.claim(third, slug: "notes", fileExtension: "html")
        }
        #expect(try layout.claim(second, slug: "notes", fileExtension: "json") == "out/notes.json")
    }

    @Test func refusesAnOutputThatIsOrLinksToAnInput() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("post.html", "# Post\n")
        let other = try folder.write("other.md", "# Other\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("other.json"), withDestinationPath: other)
        let inputs = [Input(argument: post), Input(argument: other)]
        var layout = OutputLayout(folder: folder.url.path, inputs: inputs)
        #expect(throws: Diagnostic(.error, path: post, position: SourcePosition(line: 1, column: 1),
                                   message: "output \(post) is the input \(post); not overwritten")) {
            try layout.claim(inputs[0], slug: nil, fileExtension: "html")
        }
        #expect(throws: Diagnostic(.error, path: other, position: SourcePosition(line: 1, column: 1),
                                   message: "output \(folder.path("other.json")) is the input \(other); not overwritten")) {
            try layout.claim(inputs[1], slug: nil, fileExtension: "json")
        }
        #expect(try layout.claim(inputs[1], slug: nil, fileExtension: "html") == folder.path("other.html"))
    }
}
