#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file an output is written to before it is renamed over its target.
enum TemporaryFile {
    /// Creates a new hidden file beside `target` (`.NAME.octavo-XXXXXX`, so that the
    /// rename stays within one file system), opens it and marks it for removal if the
    /// process is interrupted (see `InterruptCleanup`; call `untrack` when done);
    /// throws the `errno` that stopped it.
    static func create(beside target: String) throws(SystemError) -> (descriptor: Int32, path: String) {
        let slash = target.lastIndex(of: "/")
        let folder = slash.map { String(target[...$0]) } ?? ""
        let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        guard let created = InterruptCleanup.makeTemporaryFile(folder + "." + name + ".octavo-XXXXXX") else {
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
