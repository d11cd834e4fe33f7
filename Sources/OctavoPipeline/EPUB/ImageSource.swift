#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An image file as it was checked — its resolved path and its device and inode — so
/// that the later reads (for the identifier and into the container) read that same
/// file and nothing put in its place meanwhile: not a symbolic link to a file outside
/// the site root, not a FIFO that would never end.
struct ImageSource: Sendable, Hashable {
    /// The resolved path the file was checked at.
    let path: String
    let identity: FileIdentity
    /// The bytes that were checked, for an image whose content was checked (SVG): the
    /// book carries exactly these, whatever the file holds by the time it is written.
    var checkedContent: [UInt8]? = nil

    /// Opens the regular file at `path` for reading, without following a symbolic link
    /// in its last component or waiting on a FIFO; the descriptor and its identity.
    static func openFile(_ path: String) throws(SystemError) -> (descriptor: Int32, identity: FileIdentity) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if descriptor < 0 { throw SystemError(code: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw SystemError(code: code)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw SystemError(code: EINVAL)
        }
        return (descriptor, FileIdentity(status))
    }

    /// Opens the file again; fails unless `path` still names the same regular file.
    func reopen() throws(ArchiveFailure) -> Int32 {
        let opened: (descriptor: Int32, identity: FileIdentity)
        do {
            opened = try Self.openFile(path)
        } catch {
            throw ArchiveFailure(message: "cannot read image \(path): \(System.errorMessage(error.code))")
        }
        guard opened.identity == identity else {
            close(opened.descriptor)
            throw ArchiveFailure(message: "image \(path) was replaced while the book was made; not read")
        }
        return opened.descriptor
    }
}
