#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// Collects the output for one file and replaces the file atomically on `finish()`.
///
/// The bytes go to a temporary file in the same folder, which is then renamed over
/// the target, so readers see the old file or the new one, never a half-written one.
/// A file whose content would not change is left untouched (make sees no new date),
/// and nothing is created when nothing was written.
public struct AtomicFileSink: OutputSink {
    public let path: String
    /// What was written, each part in the memory it came in.
    private var parts: [RenderedBytes] = []
    private var received = false

    public init(path: String) {
        self.path = path
    }

    public mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        write(RenderedBytes(bytes))
    }

    public mutating func write(_ bytes: RenderedBytes) {
        received = true
        parts.append(bytes)
    }

    public mutating func finish() throws(OutputError) {
        guard received else { return }
        defer { received = false; parts = [] }
        let size = parts.reduce(0) { $0 + $1.count }
        if let existing = ExistingOutput.contents(path, size: size), holds(existing) { return }
        let descriptor: Int32, temporaryPath: String
        do throws(SystemError) {
            (descriptor, temporaryPath) = try TemporaryFile.create(beside: path)
        } catch {
            throw failure(error.code)
        }
        defer { InterruptCleanup.untrack() }
        var code: Int32 = 0
        for part in parts where code == 0 {
            code = part.withUnsafeBufferPointer { System.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
        }
        if code == 0, fchmod(descriptor, TemporaryFile.mode(replacing: path)) != 0 { code = errno }
        if close(descriptor) != 0, code == 0 { code = errno }
        if code == 0, rename(temporaryPath, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporaryPath)
            throw failure(code)
        }
    }

    /// Whether `existing` is exactly what was written.
    private func holds(_ existing: [UInt8]) -> Bool {
        existing.withUnsafeBufferPointer { existing in
            var offset = 0
            for part in parts {
                guard offset + part.count <= existing.count else { return false }
                let same = part.withUnsafeBufferPointer { part in
                    part.isEmpty || memcmp(existing.baseAddress! + offset, part.baseAddress!, part.count) == 0
                }
                guard same else { return false }
                offset += part.count
            }
            return offset == existing.count
        }
    }

    private func failure(_ code: Int32) -> OutputError {
        .failed(Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                           message: "cannot write file: \(System.errorMessage(code))"))
    }
}
