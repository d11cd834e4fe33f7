import Testing
@testable import OctavoWriters

@Suite struct SHA1Tests {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func knownDigests(message: String, digest: String) {
        var hash = SHA1()
        hash.update(Array(message.utf8))
        #expect(hex(hash.finish()) == digest)
    }

    @Test func oneMillionAsInPiecesOfOddSizes() {
        var hash = SHA1()
        var remaining = 1_000_000
        var size = 1
        while remaining > 0 {
            let piece = min(size, remaining)
            hash.update([UInt8](repeating: UInt8(ascii: "a"), count: piece))
            remaining -= piece
            size = size % 97 + 13
        }
        #expect(hex(hash.finish()) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }
}

@Suite struct ContentIdentifierTests {
    private func identifier(_ parts: [String]) -> String {
        var identifier = ContentIdentifier()
        parts.forEach { identifier.add(Array($0.utf8)) }
        return identifier.urn
    }

    @Test func isAVersion5UUIDThatDependsOnEveryPartAndItsBoundaries() {
        let urn = identifier(["chapter one", "image"])
        #expect(urn.hasPrefix("urn:uuid:"))
        let uuid = Array(urn.dropFirst(9))
        #expect(uuid.count == 36)
        #expect(uuid[14] == "5")
        #expect("89ab".contains(uuid[19]))
        #expect(identifier(["chapter one", "image"]) == urn)
        #expect(identifier(["chapter one", "imagf"]) != urn)
        #expect(identifier(["chapter on", "eimage"]) != urn)
    }

    @Test func partsMayArriveInPieces() {
        var whole = ContentIdentifier()
        whole.add(Array("abcdef".utf8))
        var pieces = ContentIdentifier()
        pieces.beginPart(length: 6)
        for piece in ["ab", "cde", "f"] {
            Array(piece.utf8).withUnsafeBytes { pieces.continuePart($0) }
        }
        #expect(whole.urn == pieces.urn)
    }
}
