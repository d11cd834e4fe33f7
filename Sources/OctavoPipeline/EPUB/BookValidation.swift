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

extension MadeBook {
    /// Checks the book's parts and writes it to `path`; a part that fails its schema is
    /// a fault in Octavo, thrown (the first such problem) without writing the book.
    func write(to path: String) throws(Diagnostic) {
        let parts = book.parts
        if let problem = OutputValidation.faultInOctavo(BookValidation.problems(parts, bookPath: path), output: path).first {
            throw problem
        }
        try BookFile.write(parts, images: imageFiles, modified: book.modified, to: path)
    }
}
