import OctavoModel
import OctavoWriters

/// Writes a book to its file with `AtomicFile`: a book whose bytes would not change
/// is left untouched.
enum BookFile {
    /// Writes the `parts` of a book modified at `modified` and its `images` (each
    /// file, as it was checked, and its place in the container) to `path`.
    static func write(_ parts: [BookPart], images: [(source: ImageSource, entry: String)], modified: Int, to path: String) throws(Diagnostic) {
        try AtomicFile.replace(path, comparingWithExisting: true) { (temporaryPath: String) throws(Diagnostic) in
            do throws(ArchiveFailure) {
                try BookArchive.write(parts: parts, images: images, modified: modified, to: temporaryPath)
            } catch {
                throw Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1), message: error.message)
            }
        }
    }
}
