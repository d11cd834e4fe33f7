import Foundation
import Testing
import OctavoPipeline

/// Folders given as inputs stand for the posts in them, in a fixed order.
@Suite struct InputExpansionTests {
    /// A blog: posts at two depths, Jekyll's output, drafts, a hidden folder and a link loop.
    private func blog() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for sub in ["_posts/2024", "_site", "_drafts", ".git"] {
            try FileManager.default.createDirectory(atPath: folder.path(sub), withIntermediateDirectories: true)
        }
        for name in ["_posts/b.md", "_posts/a.markdown", "_posts/2024/c.md", "_posts/notes.txt",
                     "_site/built.md", "_drafts/draft.md", ".git/x.md", "README.md"] {
            try folder.write(name, "# \(name)\n")
        }
        try FileManager.default.createSymbolicLink(atPath: folder.path("_posts/2024/loop"), withDestinationPath: folder.path("_posts"))
        return folder
    }

    private func relativePaths(_ inputs: [Input], in folder: TemporaryFolder) -> [String] {
        inputs.map { String($0.path.dropFirst(folder.url.path.count + 1)) }
    }

    @Test func walksFoldersInByteOrderSkippingSiteDraftsAndHiddenOnes() throws {
        let folder = try blog()
        let inputs = InputExpansion().inputs([folder.url.path])
        #expect(relativePaths(inputs, in: folder) == ["README.md", "_posts/2024/c.md", "_posts/a.markdown", "_posts/b.md"])
        #expect(inputs.allSatisfy { !$0.isStandardInput })
    }

    @Test func draftsAreReadWhenAskedFor() throws {
        let folder = try blog()
        let inputs = InputExpansion(includesDrafts: true).inputs([folder.path("_drafts"), folder.path("_posts/b.md")])
        #expect(relativePaths(inputs, in: folder) == ["_drafts/draft.md", "_posts/b.md"])
        #expect(relativePaths(InputExpansion(includesDrafts: true).inputs([folder.url.path]), in: folder).contains("_drafts/draft.md"))
    }

    @Test func filesAndMissingPathsStayAsGiven() {
        let inputs = InputExpansion().inputs(["missing.md", "-", "other.txt"])
        #expect(inputs.map(\.path) == ["missing.md", Input.standardInputPath, "other.txt"])
        #expect(inputs.map(\.isStandardInput) == [false, true, false])
    }

    @Test func standardInputCanBeNamed() {
        let named = InputExpansion(standardInputName: "_posts/2026-7-9-x.md")
        #expect(named.inputs([]).map(\.path) == ["_posts/2026-7-9-x.md"])
        #expect(named.inputs(["-"]).allSatisfy { $0.isStandardInput })
        #expect(InputExpansion().inputs([]) == [.standardInput])
    }
}
