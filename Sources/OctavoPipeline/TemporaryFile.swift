#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file an output is written to before it is renamed over its target.
enum TemporaryFile {
    /// Creates a new hidden file beside `target` (`.NAME.octavo-PID-XXXXXX`, so that the
    /// rename stays within one file system and a later run can tell it was left by a
    /// killed process), opens it and marks it for removal if the process is interrupted
    /// (see `InterruptCleanup`; call `untrack` when done); throws the `errno` that
    /// stopped it. The first time a run writes into a folder it removes the temporary
    /// files killed runs left there (`StaleTemporaryFiles`).
    static func create(beside target: String) throws(SystemError) -> (descriptor: Int32, path: String) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        StaleTemporaryFiles.removeOnce(in: folder)
        guard let created = InterruptCleanup.makeTemporaryFile(folder + "." + name + ".octavo-\(getpid())-XXXXXX") else {
            throw SystemError(code: errno)
        }
        return created
    }

    /// The mode for the file replacing `target`: the existing regular file's mode, or
    /// the usual mode for a new file under the current umask (also in place of a FIFO
    /// or a device, whose mode says nothing about an output's).
    static func mode(replacing target: String) -> mode_t {
        var status = stat()
        if stat(target, &status) == 0, status.st_mode & S_IFMT == S_IFREG { return status.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }
}

/// A failed C call's `errno`.
struct SystemError: Error {
    var code: Int32
}
