#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An output already on disk, opened only to see whether writing would change it:
/// without waiting on a FIFO, and only when it is a regular file of the expected size,
/// so a link to a device (`/dev/zero`) or a huge file is never read.
enum ExistingOutput {
    /// A read-only descriptor of the regular file at `path` holding `size` bytes, or
    /// nil (no such file, another kind of file, another size). The caller closes it.
    static func descriptor(_ path: String, size: Int) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == size else {
            close(descriptor)
            return nil
        }
        return descriptor
    }

    /// The bytes of the regular file at `path` if it holds exactly `size` bytes.
    static func contents(_ path: String, size: Int) -> [UInt8]? {
        guard let descriptor = descriptor(path, size: size) else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while count < buffer.count {
            let received = buffer.withUnsafeMutableBytes { bytes in
                System.read(descriptor, bytes.baseAddress! + count, bytes.count - count)
            }
            if received < 0, errno == EINTR { continue }
            if received <= 0 { break }
            count += received
        }
        return count == size ? Array(buffer[..<size]) : nil
    }
}
