import OctavoModel

/// The image formats a book may carry, recognised by their first bytes.
public enum ImageMediaType: String, Sendable, Hashable, CaseIterable {
    case png = "image/png"
    case jpeg = "image/jpeg"
    case gif = "image/gif"
    case webp = "image/webp"
    case svg = "image/svg+xml"

    /// How many leading bytes `recognise` needs at most.
    public static let sniffLength = 512

    /// The format of a file from its first bytes (at least `sniffLength` of them when
    /// the file is that long), or nil when it is none of these. SVG is XML text whose
    /// root element is `svg`; whether it is safe to carry is checked elsewhere.
    public static func recognise(_ prefix: [UInt8]) -> ImageMediaType? {
        if prefix.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if prefix.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if prefix.starts(with: Array("GIF87a".utf8)) || prefix.starts(with: Array("GIF89a".utf8)) { return .gif }
        if prefix.count >= 12, prefix.starts(with: Array("RIFF".utf8)), prefix[8..<12].elementsEqual("WEBP".utf8) { return .webp }
        if looksLikeSVG(prefix) { return .svg }
        return nil
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .gif: "gif"
        case .webp: "webp"
        case .svg: "svg"
        }
    }

    /// XML text (after an optional byte order mark, declaration, comments and
    /// document type) whose first element is `<svg`.
    private static func looksLikeSVG(_ prefix: [UInt8]) -> Bool {
        var index = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < prefix.count {
            let byte = prefix[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<"), index + 1 < prefix.count else { return false }
            let next = prefix[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                let terminator = prefix[(index + 2)...].starts(with: Array("--".utf8)) ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = prefix.firstIndex(of: terminator, from: index + 2).map({ $0 + terminator.count }) else { return false }
                index = end
                continue
            }
            let name = prefix[(index + 1)...].prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "/") }
            let local = name.split(separator: UInt8(ascii: ":")).last ?? name[...]
            return local.elementsEqual("svg".utf8)
        }
        return false
    }
}
