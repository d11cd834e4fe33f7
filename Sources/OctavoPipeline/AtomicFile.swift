#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// The one way Octavo writes a file: into a temporary file beside it, which is then
/// renamed over the target, so that readers see the old file or the new one, never a
/// half-written one. A file whose content would not change is left untouched (make
/// sees no new date), and an interrupted run leaves no temporary file behind.
enum AtomicFile {
    /// Writes `parts`, one after the other, to `path`.
    static func write(_ parts: [RenderedBytes], to path: String) throws(Diagnostic) {
        let size = parts.reduce(0) { $0 + $1.count }
        if let existing = ExistingOutput.contents(path, size: size), holds(existing, parts) { return }
        try replace(path, comparingWithExisting: false) { (descriptor: Int32) throws(Diagnostic) in
            for part in parts {
                let code = part.withUnsafeBufferPointer { System.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
                if code != 0 { throw failure(path, code) }
            }
        }
    }

    /// Writes `bytes` to `path`.
    static func write(_ bytes: RenderedBytes, to path: String) throws(Diagnostic) {
        try write([bytes], to: path)
    }

    /// Replaces `path` by what `fill` writes into a new, empty temporary file beside it,
    /// given by its open descriptor. With `comparingWithExisting`, an existing file with
    /// the same bytes is kept instead.
    static func replace(_ path: String, comparingWithExisting: Bool,
                        writing fill: (_ descriptor: Int32) throws(Diagnostic) -> Void) throws(Diagnostic) {
        try replace(path, comparingWithExisting: comparingWithExisting, byPath: false) { descriptor, _ throws(Diagnostic) in
            try fill(descriptor)
        }
    }

    /// Replaces `path` by the file `create` makes at the temporary path it is given,
    /// beside `path`, where no file is yet (for writers that open files by name).
    static func replace(_ path: String, comparingWithExisting: Bool,
                        creating create: (_ temporaryPath: String) throws(Diagnostic) -> Void) throws(Diagnostic) {
        try replace(path, comparingWithExisting: comparingWithExisting, byPath: true) { _, temporaryPath throws(Diagnostic) in
            try create(temporaryPath)
        }
    }

    private static func replace(_ path: String, comparingWithExisting: Bool, byPath: Bool,
                                fill: (Int32, String) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let descriptor: Int32, temporaryPath: String
        do throws(SystemError) {
            (descriptor, temporaryPath) = try TemporaryFile.create(beside: path)
        } catch {
            throw failure(path, error.code)
        }
        defer { InterruptCleanup.untrack() }
        if byPath {
            close(descriptor)
            unlink(temporaryPath)
        }
        do throws(Diagnostic) {
            try fill(descriptor, temporaryPath)
        } catch {
            if !byPath { close(descriptor) }
            unlink(temporaryPath)
            throw error
        }
        if !byPath, close(descriptor) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw failure(path, code)
        }
        if comparingWithExisting, sameContent(temporaryPath, path) {
            unlink(temporaryPath)
            return
        }
        var code: Int32 = 0
        if chmod(temporaryPath, TemporaryFile.mode(replacing: path)) != 0 { code = errno }
        if code == 0, rename(temporaryPath, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporaryPath)
            throw failure(path, code)
        }
    }

    /// Creates the folders above `path` that do not exist yet.
    static func makeFolder(holding path: String) throws(Diagnostic) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let code = System.makeFolders(String(path[..<slash]))
        if code != 0 {
            throw Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                             message: "cannot create folder: \(System.errorMessage(code))")
        }
    }

    /// Whether `existing` is exactly `parts`, one after the other.
    private static func holds(_ existing: [UInt8], _ parts: [RenderedBytes]) -> Bool {
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

    /// Whether the files at `first` and `second` both exist and hold the same bytes.
    private static func sameContent(_ first: String, _ second: String) -> Bool {
        guard let left = fopen(first, "rb") else { return false }
        defer { fclose(left) }
        var status = stat()
        guard fstat(fileno(left), &status) == 0, let descriptor = ExistingOutput.descriptor(second, size: Int(status.st_size)) else {
            return false
        }
        guard let right = fdopen(descriptor, "rb") else {
            close(descriptor)
            return false
        }
        defer { fclose(right) }
        var leftChunk = [UInt8](repeating: 0, count: comparedChunkSize)
        var rightChunk = leftChunk
        while true {
            let leftCount = fread(&leftChunk, 1, leftChunk.count, left)
            let rightCount = fread(&rightChunk, 1, rightChunk.count, right)
            guard leftCount == rightCount, leftChunk[..<leftCount] == rightChunk[..<rightCount] else { return false }
            if leftCount < leftChunk.count { return ferror(left) == 0 && ferror(right) == 0 }
        }
    }

    /// The size of the pieces two files are compared in.
    private static let comparedChunkSize = 1 << 16

    private static func failure(_ path: String, _ code: Int32) -> Diagnostic {
        Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                   message: "cannot write file: \(System.errorMessage(code))")
    }
}
