import Testing
@testable import OctavoParser

@Suite struct HashCountsTests {
    /// Counts agree with a dictionary's, also across the table's growth and for hashes
    /// that collide in their low bits.
    @Test func countsEveryHashAsADictionaryWould() {
        var counts = HashCounts()
        var reference: [UInt64: Int] = [:]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for step in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let hash = step % 3 == 0 ? UInt64(step % 50) << 32 : state >> (step % 7 == 0 ? 40 : 0)
            reference[hash, default: 0] += 1
            #expect(counts.increment(hash) == reference[hash])
        }
    }
}
