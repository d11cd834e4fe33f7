import ArgumentParser
import OctavoPipeline

/// `octavo formats`: lists the input and output formats, as `--list-formats` does.
struct Formats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the input and output formats.")

    func run() throws {
        if !Self.writeList() { throw ExitCode.failure }
    }

    /// Writes the list to standard output; false, after saying why, when it cannot.
    static func writeList() -> Bool {
        var sink = StreamSink()
        do throws(OutputError) {
            try sink.write(Array(FormatList.text.utf8))
            try sink.finish()
        } catch {
            guard case .failed(let diagnostic) = error else { return true }
            StandardError.report(diagnostic)
            return false
        }
        return true
    }
}
