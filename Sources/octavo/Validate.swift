import ArgumentParser
import OctavoPipeline

/// `octavo validate FILE...`: checks files against the schemas built into octavo.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check OPML files and XHTML content documents against the schemas built into octavo; exit status 1 if any is invalid.",
        discussion: "The schema is chosen by the file's extension (.opml, .xhtml), else by its root element (<opml>, <html>).")

    @Argument(help: ArgumentHelp("Files to check; none, or -, reads standard input.", valueName: "file"))
    var inputs: [String] = []

    func run() throws {
        if !Validation(inputs: Input.list(inputs)).run(report: StandardError.report) { throw ExitCode.failure }
    }
}
