import Foundation
import Testing

/// `octavo --jobs 8` as a recipe of a real `make -jN`: the probe samples the number of
/// threads of the octavo process (from /proc) while another recipe holds make's only
/// other job slot, so any thread beyond the first would be a job make did not give.
/// A missing make fails the test.
@Suite struct JobServerCommandTests {
    /// A workspace with `copies` copies of each fixture post and a Makefile whose
    /// `convert` rule starts octavo only once the `hold` rule is running; `prefix` goes
    /// before the octavo line (`+` hands it make's jobserver on make 4.3).
    private func workspace(copies: Int, prefix: String) throws -> Workspace {
        let workspace = try Workspace()
        for copy in 0..<copies {
            for post in try TestData.sitePosts {
                let name = URL(fileURLWithPath: post).deletingPathExtension().lastPathComponent
                try FileManager.default.copyItem(atPath: post, toPath: workspace.url.appendingPathComponent("\(name)-\(copy).md").path)
            }
        }
        try workspace.write("Makefile", """
            all: convert hold
            convert:
            \t@while [ ! -f started ]; do sleep 0.02; done
            \t\(prefix)@$(OCTAVO) --jobs 8 -t json --output-dir out *.md 2> messages & pid=$$!; most=0; \\
            \twhile kill -0 $$pid 2>/dev/null; do \\
            \t  n=$$(awk '/^Threads:/ { print $$2 }' /proc/$$pid/status 2>/dev/null); \\
            \t  if [ -n "$$n" ] && [ "$$n" -gt "$$most" ]; then most=$$n; fi; \\
            \tdone; wait $$pid; status=$$?; echo $$most > threads; exit $$status
            hold:
            \t@touch started; while [ ! -f threads ]; do sleep 0.02; done
            .PHONY: all convert hold

            """)
        return workspace
    }

    private func make(_ jobs: Int, in workspace: Workspace) throws -> ExternalTool.Result {
        try ExternalTool.run(["make", "-j\(jobs)", "OCTAVO=\(OctavoBinary.url.path)"], in: workspace.url)
    }

    private func mostThreads(in workspace: Workspace) throws -> Int {
        try #require(Int(try workspace.read("threads").trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func takesNoThreadMakeDidNotGive() throws {
        let workspace = try workspace(copies: 60, prefix: "+")
        let result = try make(2, in: workspace)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("jobserver"), "\(result.output)")
        #expect(try mostThreads(in: workspace) == 1)
        let outputs = FileManager.default.enumerator(atPath: workspace.url.appendingPathComponent("out").path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }
        #expect(outputs?.count == 60 * (try TestData.sitePosts.count))
    }

    @Test func usesTheSlotsMakeHasFree() throws {
        let workspace = try workspace(copies: 60, prefix: "+")
        let result = try make(4, in: workspace)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("jobserver"), "\(result.output)")
        #expect(try mostThreads(in: workspace) > 1)
    }

    @Test func withoutTheJobserverRunsOneJobAndSaysWhy() throws {
        let workspace = try workspace(copies: 20, prefix: "")
        let result = try make(4, in: workspace)
        #expect(result.status == 0, "\(result.output)")
        #expect(try mostThreads(in: workspace) == 1)
        #expect(try workspace.read("messages").contains("start the recipe line with '+'; running one job at a time"))
    }
}
