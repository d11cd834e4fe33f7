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
        guard let (descriptor, temporaryPath) = InterruptCleanup.makeTemporaryFile(temporaryPathTemplate) else {
            throw failure(errno)
        }
        defer { InterruptCleanup.untrack() }
        var code = System.writeAll(descriptor, content)
        if code == 0, fchmod(descriptor, newFileMode) != 0 { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(temporaryPath, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporaryPath)
            throw failure(code)
        }
    }

    /// A hidden name beside the target, so that the rename stays within one file system.
    private var temporaryPathTemplate: String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "." + name + ".octavo-XXXXXX"
    }

    /// The existing file's mode, or the usual mode for a new file under the current umask.
    private var newFileMode: mode_t {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    private func failure(_ code: Int32) -> OutputError {
        .failed(Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                           message: "cannot write file: \(System.errorMessage(code))"))
    }
}
