import OctavoModel
import OctavoWriters

/// Checks every XML part of a book against its embedded schema before the book is
/// written: the container and package documents, and the XHTML content documents.
enum BookValidation {
    /// The problems of `parts`, as messages about `BOOK/PART`; empty when all are valid.
    static func problems(_ parts: [BookPart], bookPath: String) -> [Diagnostic] {
        parts.flatMap { part in
            part.schemaName.map { OutputValidation.problems(part.bytes, schemaName: $0, path: bookPath + "/" + part.path) } ?? []
        }
    }
}
