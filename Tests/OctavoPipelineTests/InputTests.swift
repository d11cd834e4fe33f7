import Testing
import OctavoModel
import OctavoPipeline

@Suite struct InputTests {
    @Test func dashAndNoArgumentsMeanStandardInput() {
        #expect(Input.list([]) == [Input.standardInput])
        #expect(Input(argument: "-").path == "<stdin>")
        #expect(Input(argument: "-").isStandardInput)
        #expect(Input.list(["a.md", "-"]).map(\.path) == ["a.md", "<stdin>"])
    }

    @Test func readsAFileWhole() throws {
        let folder = try TemporaryFolder()
        let text = String(repeating: "深度学习 line\n", count: 20_000)
        let path = try folder.write("big.md", text)
        #expect(try Input(argument: path).read() == Array(text.utf8))
    }

    @Test func readsAnEmptyFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("empty.md", "")
        #expect(try Input(argument: path).read() == [])
    }

    @Test func missingFileIsAnErrorAtLineOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("missing.md")
        #expect(throws: Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                                   message: "cannot read file: No such file or directory")) {
            try Input(argument: path).read()
        }
    }

    @Test func folderIsAnError() throws {
        let folder = try TemporaryFolder()
        do {
            _ = try Input(argument: folder.url.path).read()
            Issue.record("reading a folder succeeded")
        } catch {
            #expect(error.description.hasPrefix("\(folder.url.path):1:1: error: cannot read file: "))
        }
    }
}
