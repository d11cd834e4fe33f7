import Foundation
import OctavoModel
import OctavoWriters
import ZIPFoundation

/// Writes a book's container, a ZIP file, in EPUB's order: the parts Octavo wrote
/// (`mimetype` first and stored, the rest deflated), then the image files, copied in
/// chunks so that no image is held in memory whole.
///
/// Every entry gets the same time (the book's `modified`, as UTC date and time
/// fields), mode 0644 and no extra fields, so the same book always gives the same
/// bytes, in any time zone.
enum BookArchive {
    /// The size of the chunks images are copied in.
    static let chunkSize = 1 << 16

    /// Writes `parts` and `images` (each image file, as it was checked, and its place in
    /// the container) into a new ZIP file at `path`, which must not exist.
    static func write(parts: [BookPart], images: [(source: ImageSource, entry: String)], modified: Int, to path: String) throws(ArchiveFailure) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        } catch {
            throw ArchiveFailure(message: "cannot create the book: \(error)")
        }
        let date = Date(timeIntervalSince1970: TimeInterval(min(max(modified, dosEpoch), dosEnd)))
        for part in parts {
            let bytes = Data(part.bytes)
            do {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                     permissions: 0o644, compressionMethod: part.compressible ? .deflate : .none) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            } catch {
                throw ArchiveFailure(message: "cannot write \(part.path) into the book: \(error)")
            }
        }
        for image in images {
            if let content = image.source.checkedContent {
                let bytes = Data(content)
                do {
                    try archive.addEntry(with: image.entry, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                         permissions: 0o644, compressionMethod: .none) { position, size in
                        bytes.subdata(in: Int(position)..<(Int(position) + size))
                    }
                } catch {
                    throw ArchiveFailure(message: "cannot copy image \(image.source.path) into the book: \(error)")
                }
                continue
            }
            let descriptor = try image.source.reopen()
            guard let file = fdopen(descriptor, "rb") else {
                close(descriptor)
                throw ArchiveFailure(message: "cannot read image \(image.source.path): \(System.errorMessage(errno))")
            }
            defer { fclose(file) }
            var status = stat()
            guard fstat(descriptor, &status) == 0 else {
                throw ArchiveFailure(message: "cannot read image \(image.source.path): \(System.errorMessage(errno))")
            }
            do {
                try archive.addEntry(with: image.entry, type: .file, uncompressedSize: Int64(status.st_size), modificationDate: date,
                                     permissions: 0o644, compressionMethod: .none, bufferSize: chunkSize) { _, size in
                    var chunk = Data(count: size)
                    let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
                    guard read == size else { throw ArchiveFailure(message: "image \(image.source.path) changed while the book was written") }
                    return chunk
                }
            } catch let failure as ArchiveFailure {
                throw failure
            } catch {
                throw ArchiveFailure(message: "cannot copy image \(image.source.path) into the book: \(error)")
            }
        }
    }

    /// The first and last times ZIPFoundation keeps as they are: 1980-01-01 and 2099-12-31, in UTC.
    private static let dosEpoch = 315_532_800
    private static let dosEnd = 4_102_444_798
}

/// Why a book could not be written.
struct ArchiveFailure: Error {
    var message: String
}
