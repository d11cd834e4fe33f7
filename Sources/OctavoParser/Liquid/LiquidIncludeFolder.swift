#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `_includes/` folder of a site, the only place `include` reads from.
struct LiquidIncludeFolder {
    /// The site's folder.
    let root: String

    /// The largest include file read.
    static let sizeLimit = 1 << 20

    /// The bytes of `_includes/name`, or why it is not read: a name with `..`, an
    /// absolute path, a file (or link) that leads outside `_includes/`, a missing file,
    /// anything but a regular file (a FIFO would block), a file with other hard links.
    func read(_ name: String) -> Result<[UInt8], LiquidSyntaxError> {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }),
              !name.contains("\0") else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' is not a plain path inside _includes/; not read"))
        }
        let folder = root + "/_includes"
        guard let realFolder = LiquidIncludeFolder.realPath(folder) else {
            return .failure(LiquidSyntaxError(message: "the site has no _includes/ folder; include '\(name)' not read"))
        }
        guard let realFile = LiquidIncludeFolder.realPath(folder + "/" + name) else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' is not in _includes/"))
        }
        guard realFile.hasPrefix(realFolder + "/") else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' leads outside _includes/; not read"))
        }
        var status = stat()
        guard stat(realFile, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' is not a regular file; not read"))
        }
        guard status.st_nlink == 1 else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' has other hard links, which may lie outside _includes/; not read"))
        }
        // Never waits on a FIFO put in the file's place since it was checked.
        let descriptor = open(realFile, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        var opened = stat()
        guard descriptor >= 0 else {
            return .failure(LiquidSyntaxError(message: "include '\(name)' cannot be read"))
        }
        guard fstat(descriptor, &opened) == 0, opened.st_dev == status.st_dev, opened.st_ino == status.st_ino,
              let file = fdopen(descriptor, "rb") else {
            close(descriptor)
            return .failure(LiquidSyntaxError(message: "include '\(name)' cannot be read"))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
            if bytes.count > LiquidIncludeFolder.sizeLimit {
                return .failure(LiquidSyntaxError(message: "include '\(name)' is larger than 1 MB; not read"))
            }
        }
        guard ferror(file) == 0 else { return .failure(LiquidSyntaxError(message: "include '\(name)' cannot be read")) }
        return .success(bytes)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
