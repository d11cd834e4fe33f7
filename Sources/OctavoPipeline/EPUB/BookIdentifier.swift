#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoWriters

/// Derives a book's `dc:identifier` from everything it holds: its metadata, chapters
/// and stylesheet, and the bytes of its image files, read in chunks.
enum BookIdentifier {
    /// The identifier of `book` (whose own `identifier` is not read) carrying the
    /// image files `images`, in order.
    static func derive(_ book: Book, images: [ImageSource]) throws(ArchiveFailure) -> String {
        var identifier = ContentIdentifier()
        for text in [book.title, book.language, String(book.modified)] + book.creators {
            identifier.add(Array(text.utf8))
        }
        for chapter in book.chapters {
            identifier.add(Array(chapter.href.utf8))
            identifier.add(chapter.bytes)
        }
        identifier.add(book.stylesheet)
        for (image, source) in zip(book.images, images) {
            identifier.add(Array(image.href.utf8))
            try add(source, to: &identifier)
        }
        return identifier.urn
    }

    private static func add(_ source: ImageSource, to identifier: inout ContentIdentifier) throws(ArchiveFailure) {
        if let content = source.checkedContent {
            identifier.beginPart(length: content.count)
            content.withUnsafeBytes { identifier.continuePart($0) }
            return
        }
        let path = source.path
        let descriptor = try source.reopen()
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ArchiveFailure(message: "cannot read image \(path): \(System.errorMessage(errno))") }
        identifier.beginPart(length: Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: BookArchive.chunkSize)
        var total = 0
        while true {
            let received = chunk.withUnsafeMutableBytes { System.read(descriptor, $0.baseAddress!, $0.count) }
            if received < 0 {
                if errno == EINTR { continue }
                throw ArchiveFailure(message: "cannot read image \(path): \(System.errorMessage(errno))")
            }
            if received == 0 { break }
            total += received
            chunk.withUnsafeBytes { identifier.continuePart(UnsafeRawBufferPointer(rebasing: $0[..<received])) }
        }
        guard total == Int(status.st_size) else { throw ArchiveFailure(message: "image \(path) changed while the book was made") }
    }
}
