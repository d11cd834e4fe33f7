#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin names for the C calls this module makes, free of clashes with member names.
enum System {
    /// The C library's text for an `errno` value, such as "No such file or directory".
    static func errorMessage(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
        Musl.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    static func write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #elseif canImport(Musl)
        Musl.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }

    /// Writes all of `bytes`, retrying after interruptions; returns 0 or the `errno` that stopped it.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }

    /// Writes all of `buffer` to `descriptor`; returns 0 or the `errno` that stopped it.
    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// The names in `folder` other than `.` and `..`, in the order the system gives
    /// them; nil when the folder cannot be read. Each name is read where the entry holds
    /// it, up to its terminating zero: an entry is only as long as its name needs, so
    /// copying the whole `d_name` array would read past the end of the last one.
    static func entryNames(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The number of processors online, or 0 when the system does not say.
    static var onlineProcessorCount: Int {
        Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// Creates `path` and any missing folders above it; returns 0 or the `errno` that stopped it.
    static func makeFolders(_ path: String) -> Int32 {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? 0 : ENOTDIR }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            let code = makeFolders(String(path[..<slash]))
            if code != 0 { return code }
        }
        if mkdir(path, 0o777) != 0 && errno != EEXIST { return errno }
        return 0
    }
}
