#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel

/// Collects the output for one file and replaces the file atomically on `finish()`.
///
/// The bytes go to a temporary file in the same folder, which is then renamed over
/// the target, so readers see the old file or the new one, never a half-written one.
/// A file whose content would not change is left untouched (make sees no new date),
/// and nothing is created when nothing was written.
public struct AtomicFileSink: OutputSink {
    public let path: String
    private var content: [UInt8] = []
    private var received = false

    public init(path: String) {
        self.path = path
    }

    public mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        received = true
        content.append(contentsOf: bytes)
    }

    public mutating func finish() throws(OutputError) {
        guard received else { return }
        defer { received = false; content = [] }
        if let existing = try? Input(argument: path).read(), existing == content { return }
        let descriptor: Int32, temporaryPath: String
        do throws(SystemError) {
            (descriptor, temporaryPath) = try TemporaryFile.create(beside: path)
        } catch {
            throw failure(error.code)
        }
        defer { InterruptCleanup.untrack() }
        var code = System.writeAll(descriptor, content)
        if code == 0, fchmod(descriptor, TemporaryFile.mode(replacing: path)) != 0 { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(temporaryPath, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporaryPath)
            throw failure(code)
        }
    }

    private func failure(_ code: Int32) -> OutputError {
        .failed(Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                           message: "cannot write file: \(System.errorMessage(code))"))
    }
}
