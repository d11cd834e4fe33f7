import ArgumentParser
import OctavoPipeline

/// The root command: `octavo` runs `convert` unless another subcommand is named.
@main
struct Octavo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "octavo",
        abstract: "Convert Markdown blog posts to HTML, JSON and more.",
        usage: """
            octavo [-f \(FormatList.inputNames.joined(separator: "|"))] -t \(FormatList.outputNames.joined(separator: "|")) \
            [-o OUT | --output-dir DIR] [options] [FILE...]
            octavo inspect [--math] FILE...
            octavo validate FILE...
            """,
        discussion: """
            With no FILE, or when FILE is -, reads standard input. Without -o, or with -o -, \
            writes to standard output. Exit status: 0 success, 1 an input or the output \
            failed, 2 usage error. 'octavo convert --help' describes every option; \
            'octavo inspect FILE...' shows each post's tree and reading list; \
            'octavo validate FILE...' checks OPML files and XHTML content documents against the built-in schemas.
            """,
        version: OctavoVersion.current,
        subcommands: [Convert.self, Inspect.self, Validate.self, Formats.self],
        defaultSubcommand: Convert.self)

    /// Runs the command line; usage errors exit with status 2. A plain conversion
    /// command line is read by `ConvertArgumentScan`; the rest, and any line with a
    /// usage problem, by swift-argument-parser.
    static func main() {
        StreamSink.ignoreBrokenPipes()
        InterruptCleanup.install()
        JobServer.connect()
        if let options = ConvertArgumentScan.options(from: CommandLine.arguments.dropFirst()), options.usageProblem == nil {
            options.run()
        }
        if let shell = CompletionScript.requestedShell(in: CommandLine.arguments.dropFirst()) {
            print(CompletionScript.text(for: shell), terminator: "")
            exit(withError: nil)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
