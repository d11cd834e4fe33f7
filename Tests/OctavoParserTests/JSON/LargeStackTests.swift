@testable import OctavoParser
import Testing

@Suite struct LargeStackTests {
    /// Recursion `depth` deep with a kibibyte of stack a level.
    private static func recurse(_ depth: Int) -> Int {
        withUnsafeTemporaryAllocation(byteCount: 1024, alignment: 8) { buffer in
            buffer.storeBytes(of: depth, as: Int.self)
            return depth == 0 ? 0 : recurse(depth - 1) + 1 + buffer.load(as: Int.self) - depth
        }
    }

    /// 12,000 levels need over 12 MiB, more than the 8 MiB (or less) of an ordinary
    /// thread; 4,000 levels' worth of the large stack (128 MiB) leaves room for a
    /// sanitizer's larger frames.
    @Test func runsRecursionDeeperThanAThreadStackHolds() throws {
        #expect(try LargeStack.run(levels: 4_000) { Self.recurse(12_000) } == 12_000)
    }

    @Test func passesOnWhatTheBodyThrows() {
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try LargeStack.run(levels: 10) { () throws -> Int in throw Refused() }
        }
    }
}
