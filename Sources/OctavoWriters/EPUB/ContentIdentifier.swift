/// A book's `dc:identifier`: a name-based UUID (RFC 9562 version 5, SHA-1) whose name
/// is everything the book holds, so the same content always gets the same identifier
/// and any change of a chapter, image or metadata gives another.
///
/// Each part is added with its length first, so that moving bytes from one part to
/// the next changes the identifier too.
public struct ContentIdentifier: Sendable {
    /// The namespace of Octavo's book identifiers.
    static let namespace: [UInt8] = [0x6F, 0x63, 0x74, 0x61, 0x76, 0x6F, 0x4B, 0x8E, 0x9A, 0x21, 0x5B, 0x6F, 0x6B, 0x73, 0x45, 0x50]

    private var hash = SHA1()

    public init() {
        hash.update(Self.namespace)
    }

    /// Adds one whole part, such as a chapter's bytes or a title.
    public mutating func add(_ bytes: [UInt8]) {
        beginPart(length: bytes.count)
        hash.update(bytes)
    }

    /// Starts a part of `length` bytes whose content follows through `continuePart`.
    public mutating func beginPart(length: Int) {
        var length = UInt64(length).bigEndian
        withUnsafeBytes(of: &length) { hash.update($0) }
    }

    /// Adds the next piece of the part begun with `beginPart`.
    public mutating func continuePart(_ bytes: UnsafeRawBufferPointer) {
        hash.update(bytes)
    }

    /// `urn:uuid:` and the UUID in its lowercase hexadecimal form.
    public var urn: String {
        var bytes = Array(hash.finish().prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        let digits = Array("0123456789abcdef".utf8)
        var text = Array("urn:uuid:".utf8)
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
