import Foundation
import OctavoXML
import Testing

/// Each thread compiles an embedded schema once and keeps it to itself.
@Suite struct ThreadValidatorsTests {
    @Test func aThreadReusesItsValidatorAndAnotherThreadHasItsOwn() throws {
        let first = try ThreadValidators.validator(forEmbedded: .opml2_0)
        let again = try ThreadValidators.validator(forEmbedded: .opml2_0)
        #expect(first === again)
        let other = OtherThread { try? ThreadValidators.validator(forEmbedded: .opml2_0) }
        let fromOther = try #require(other.result ?? nil)
        #expect(fromOther !== first)
        #expect(fromOther.validate(Array("<opml version=\"2.0\"/>".utf8), path: "x.opml").isEmpty == false)
    }
}

/// Runs `body` on a new thread and waits for its result.
private final class OtherThread<Result>: @unchecked Sendable {
    private(set) var result: Result?

    init(_ body: @escaping @Sendable () -> Result) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            result = body()
            done.signal()
        }
        thread.start()
        done.wait()
    }
}
