#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoWriters

/// An image file a book carries: where it is, what it is and where it goes in the book.
struct ImageFile: Sendable, Hashable {
    /// The file as it was inspected: its resolved path and identity.
    var source: ImageSource
    var mediaType: ImageMediaType
    /// Its place relative to the package document: `media/` and its path below the
    /// site root when that is a plain ASCII path with the right extension, else a
    /// name derived from that path.
    var href: String

    /// The largest image a book carries, in bytes: far above any picture a post shows,
    /// far below what would make a book, or the memory to check an SVG image, a burden.
    static let maximumSize = 64 << 20

    /// The file's resolved path.
    var path: String { source.path }

    /// Inspects the file at `path` (`sitePath` below the site root): it must be a
    /// PNG, JPEG, GIF or WebP image by its first bytes, or a safe SVG image, of at most
    /// `maximumSize` bytes.
    static func inspect(path: String, sitePath: String, source: String) -> Result<ImageFile, ImageRefusal> {
        let opened: (descriptor: Int32, identity: FileIdentity)
        let prefix: [UInt8]
        do {
            opened = try ImageSource.openFile(path)
        } catch {
            let reason = error.code == EINVAL ? "is not a regular file" : "cannot be read: \(System.errorMessage(error.code))"
            return .failure(ImageRefusal(message: "image \(source) \(reason)"))
        }
        defer { close(opened.descriptor) }
        var status = stat()
        guard fstat(opened.descriptor, &status) == 0 else {
            return .failure(ImageRefusal(message: "image \(source) cannot be read: \(System.errorMessage(errno))"))
        }
        guard status.st_size <= maximumSize else {
            return .failure(ImageRefusal(message: "image \(source) is larger than \(maximumSize >> 20) MiB; not embedded"))
        }
        do {
            prefix = try Self.read(opened.descriptor, upTo: ImageMediaType.sniffLength)
        } catch {
            return .failure(ImageRefusal(message: "image \(source) cannot be read: \(System.errorMessage(error.code))"))
        }
        let fileExtension = Self.fileExtension(of: sitePath)
        var mediaType = ImageMediaType.recognise(prefix)
        if mediaType == nil, fileExtension == "svg" { mediaType = .svg }
        guard let mediaType else {
            let kind = prefix.count >= 12 && prefix[4..<12].elementsEqual("ftypavif".utf8) ? "an AVIF image, which EPUB 3 does not allow" : "not a PNG, JPEG, GIF, WebP or SVG image"
            return .failure(ImageRefusal(message: "image \(source) is \(kind); not embedded"))
        }
        var checkedContent: [UInt8]?
        if mediaType == .svg {
            do {
                let bytes = try prefix + Self.read(opened.descriptor, upTo: maximumSize + 1 - prefix.count)
                guard bytes.count <= maximumSize else {
                    return .failure(ImageRefusal(message: "image \(source) is larger than \(maximumSize >> 20) MiB; not embedded"))
                }
                if let problem = SVGSafety.problem(bytes, path: path) {
                    return .failure(ImageRefusal(message: "image \(source): \(problem); not embedded"))
                }
                // The book carries the repaired bytes, checked again, and nothing else.
                guard let repaired = SVGRepair.repairing(bytes) else {
                    return .failure(ImageRefusal(message: "image \(source): SVG image writes an id or a reference with character references, which cannot be repaired; not embedded"))
                }
                if repaired != bytes, let problem = SVGSafety.problem(repaired, path: path) {
                    return .failure(ImageRefusal(message: "image \(source): \(problem) once repaired; not embedded"))
                }
                checkedContent = repaired
            } catch {
                return .failure(ImageRefusal(message: "image \(source) cannot be read: \(System.errorMessage(error.code))"))
            }
        }
        let checked = ImageSource(path: path, identity: opened.identity, checkedContent: checkedContent)
        return .success(ImageFile(source: checked, mediaType: mediaType,
                                  href: href(sitePath: sitePath, fileExtension: fileExtension, mediaType: mediaType)))
    }

    /// The place in the book for the file at `sitePath`.
    static func href(sitePath: String, fileExtension: String, mediaType: ImageMediaType) -> String {
        let extensions: [String] = switch mediaType {
        case .png: ["png"]
        case .jpeg: ["jpg", "jpeg", "jpe"]
        case .gif: ["gif"]
        case .webp: ["webp"]
        case .svg: ["svg"]
        }
        let plain = sitePath.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"): true
            default: false
            }
        }
        if plain, extensions.contains(fileExtension), !sitePath.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            return "media/" + sitePath
        }
        var hash = SHA1()
        hash.update(Array(sitePath.utf8))
        let name = hash.finish().prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        return "media/" + name + "." + mediaType.fileExtension
    }

    /// The lowercased extension of the last path segment, or empty.
    private static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The next bytes of `descriptor`, up to `limit` of them or to the end of the file.
    private static func read(_ descriptor: Int32, upTo limit: Int) throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: min(limit, 1 << 16))
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let received = chunk.withUnsafeMutableBytes { System.read(descriptor, $0.baseAddress!, wanted) }
            if received < 0 {
                if errno == EINTR { continue }
                throw SystemError(code: errno)
            }
            if received == 0 { break }
            bytes += chunk[..<received]
        }
        return bytes
    }
}

/// Why an image is not embedded, as the message of a warning.
struct ImageRefusal: Error, Sendable, Hashable {
    var message: String
}
