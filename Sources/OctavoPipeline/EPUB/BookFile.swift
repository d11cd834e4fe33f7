#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// Writes a book to its file: into a temporary file beside it, which is then renamed
/// over the old book, so that readers see the old book or the new one, never a
/// half-written one. A book whose bytes would not change is left untouched.
enum BookFile {
    /// Writes the `parts` of a book modified at `modified` and its `images` (each
    /// file, as it was checked, and its place in the container) to `path`.
    static func write(_ parts: [BookPart], images: [(source: ImageSource, entry: String)], modified: Int, to path: String) throws(Diagnostic) {
        let temporaryPath: String
        do throws(SystemError) {
            let created = try TemporaryFile.create(beside: path)
            close(created.descriptor)
            temporaryPath = created.path
        } catch {
            throw failure(path, "cannot write file: \(System.errorMessage(error.code))")
        }
        defer { InterruptCleanup.untrack() }
        unlink(temporaryPath)
        do throws(ArchiveFailure) {
            try BookArchive.write(parts: parts, images: images, modified: modified, to: temporaryPath)
        } catch {
            unlink(temporaryPath)
            throw failure(path, error.message)
        }
        if sameContent(temporaryPath, path) {
            unlink(temporaryPath)
            return
        }
        var code: Int32 = 0
        if chmod(temporaryPath, TemporaryFile.mode(replacing: path)) != 0 { code = errno }
        if code == 0, rename(temporaryPath, path) != 0 { code = errno }
        if code != 0 {
            unlink(temporaryPath)
            throw failure(path, "cannot write file: \(System.errorMessage(code))")
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
        var leftChunk = [UInt8](repeating: 0, count: BookArchive.chunkSize)
        var rightChunk = leftChunk
        while true {
            let leftCount = fread(&leftChunk, 1, leftChunk.count, left)
            let rightCount = fread(&rightChunk, 1, rightChunk.count, right)
            guard leftCount == rightCount, leftChunk[..<leftCount] == rightChunk[..<rightCount] else { return false }
            if leftCount < leftChunk.count { return ferror(left) == 0 && ferror(right) == 0 }
        }
    }

    private static func failure(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: message)
    }
}
