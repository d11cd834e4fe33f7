import Foundation
import Testing

/// The shell completion scripts: swift-argument-parser's, with the default subcommand
/// completed too (`octavo -t <TAB>` as `octavo convert -t <TAB>`); bash's run in a real bash.
@Suite struct CompletionScriptTests {
    @Test(arguments: [("bash", "_octavo_default_subcommand"), ("zsh", "_octavo_commands"), ("fish", "__octavo_default_subcommand_completions")])
    func generatesACompletionScriptThatTheShellReads(shell: String, wrapper: String) throws {
        let run = try OctavoBinary.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output.contains("depfile"))
        #expect(run.output.contains(wrapper))
        let workspace = try Workspace()
        try workspace.write("script", run.stdout)
        let syntax = try ExternalTool.run([shell, "-n", workspace.url.appendingPathComponent("script").path])
        #expect(syntax.status == 0, "\(syntax.output)")
    }

    /// What the script offers for `line`, typed in the fixture site's `_posts` folder.
    private func completions(_ line: String) throws -> [String] {
        let workspace = try Workspace()
        let script = try OctavoBinary.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        try workspace.write("octavo.bash", script.stdout)
        try workspace.write("complete.sh", """
            source "$1"
            COMP_LINE="$2"; COMP_POINT=${#COMP_LINE}
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMPREPLY=()
            _octavo_default_subcommand octavo "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """)
        let folder = TestData.site.appendingPathComponent("_posts")
        let run = try ExternalTool.run(["bash", workspace.url.appendingPathComponent("complete.sh").path,
                                        workspace.url.appendingPathComponent("octavo.bash").path, line], in: folder)
        #expect(run.status == 0, "\(run.output)")
        return run.output.split(separator: "\n").map(String.init).sorted()
    }

    @Test func theDefaultSubcommandCompletesLikeConvert() throws {
        let formats = try OctavoBinary.run(["--list-formats"]).output.split(separator: "\n")
            .drop { !$0.hasPrefix("Output formats") }.dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(try completions("octavo -t ") == formats.sorted())
        #expect(try completions("octavo convert -t ") == formats.sorted())
        #expect(try completions("octavo -t h") == ["html"])
        #expect(try completions("octavo --math ") == ["mathml", "tex"])
        #expect(try completions("octavo -t html --stri") == ["--strict"])
        #expect(try completions("octavo -o 2019-7") == ["2019-7-9-reading-list.md"])
        #expect(try completions("octavo conv") == ["convert"])
        #expect(try completions("octavo inspect --ma") == ["--math"])
    }
}
