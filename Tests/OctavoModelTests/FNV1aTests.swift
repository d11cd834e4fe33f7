import OctavoModel
import Testing

/// FNV-1a against the published test vectors, at both widths.
@Suite struct FNV1aTests {
    private func hash64(_ text: String) -> UInt64 {
        var hash = FNV1a<UInt64>()
        hash.append(utf8Of: text)
        return hash.value
    }

    private func hash32(_ text: String) -> UInt32 {
        var hash = FNV1a<UInt32>()
        hash.append(utf8Of: text)
        return hash.value
    }

    @Test func sixtyFourBit() {
        #expect(hash64("") == 0xcbf2_9ce4_8422_2325)
        #expect(hash64("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(hash64("foobar") == 0x8594_4171_f739_67e8)
    }

    @Test func thirtyTwoBit() {
        #expect(hash32("") == 0x811c_9dc5)
        #expect(hash32("a") == 0xe40c_292c)
        #expect(hash32("foobar") == 0xbf9c_f968)
    }

    @Test func bytesInPiecesHashAsOne() {
        var pieces = FNV1a<UInt64>()
        Array("foo".utf8).withUnsafeBufferPointer { pieces.append($0) }
        pieces.append(UInt8(ascii: "b"))
        pieces.append(utf8Of: "ar")
        #expect(pieces.value == hash64("foobar"))
    }
}
