import Foundation
import Glibc
import Synchronization
import Testing
@testable import OctavoPipeline

/// make's jobserver as a FIFO of the test's own, holding as many tokens as a test puts in.
private final class TestJobServer {
    let path: String
    /// The test's own end, open for reading and writing without blocking.
    let descriptor: Int32

    init(tokens: Int) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-jobserver-\(UUID().uuidString)").path
        try #require(mkfifo(path, 0o600) == 0)
        descriptor = open(path, O_RDWR | O_NONBLOCK)
        try #require(descriptor >= 0)
        if tokens > 0 {
            let bytes = [UInt8](repeating: UInt8(ascii: "+"), count: tokens)
            try #require(write(descriptor, bytes, tokens) == tokens)
        }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    var makeflags: String { " -j8 --jobserver-auth=fifo:\(path)" }

    /// Takes every token left in the FIFO and returns how many there were.
    func drain() -> Int {
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(descriptor, &buffer, buffer.count)
        return max(count, 0)
    }

    func server() throws -> JobServer {
        guard case .connected(let server) = JobServer.connection(makeflags: makeflags) else {
            Issue.record("the FIFO jobserver did not connect")
            throw CancellationError()
        }
        return server
    }
}

@Suite struct JobServerTests {
    @Test func findsTheAuthorizationMakePasses() {
        #expect(JobServer.authorization(inMakeflags: " -j2 --jobserver-auth=3,4") == "3,4")
        #expect(JobServer.authorization(inMakeflags: "-j4 --jobserver-auth=fifo:/tmp/GMfifo12") == "fifo:/tmp/GMfifo12")
        #expect(JobServer.authorization(inMakeflags: " -j --jobserver-fds=5,6") == "5,6")
        #expect(JobServer.authorization(inMakeflags: "s -j2 --jobserver-auth=3,4 -- X=--jobserver-auth=7,8") == "3,4")
        #expect(JobServer.authorization(inMakeflags: "-j1") == nil)
        #expect(JobServer.authorization(inMakeflags: "") == nil)
    }

    @Test func noMakeflagsIsNoJobserver() {
        guard case .none = JobServer.connection(makeflags: nil) else { Issue.record("expected no jobserver"); return }
        guard case .none = JobServer.connection(makeflags: " -k") else { Issue.record("expected no jobserver"); return }
    }

    @Test(arguments: ["1000,1001", "0,1", "x,y", "fifo:/nonexistent/octavo-fifo"])
    func aJobserverThisProcessCannotReachIsUnreachable(authorization: String) {
        guard case .unreachable(let reason) = JobServer.connection(makeflags: " -j2 --jobserver-auth=\(authorization)") else {
            Issue.record("expected an unreachable jobserver for \(authorization)")
            return
        }
        #expect(!reason.isEmpty)
    }

    @Test func takesTokensWithoutWaitingAndGivesThemAllBack() throws {
        let fifo = try TestJobServer(tokens: 2)
        let server = try fifo.server()
        #expect(server.acquire(upTo: 5) == 2)
        #expect(server.acquire(upTo: 1) == 0)
        #expect(server.heldCount == 2)
        server.releaseAll()
        #expect(server.heldCount == 0)
        #expect(fifo.drain() == 2)
    }

    /// The most pieces of work running at once in a run of `jobs` threads under
    /// `server`, and the most tokens the server held while they ran.
    private func mostAtOnce(jobs: Int, server: JobServer) -> (work: Int, tokens: Int) {
        let running = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        let tokens = Atomic<Int>(0)
        OrderedWork(jobs: jobs, jobServer: server).run(count: 64, { index in
            let now = running.add(1, ordering: .sequentiallyConsistent).newValue
            most.max(now, ordering: .sequentiallyConsistent)
            tokens.max(server.heldCount, ordering: .sequentiallyConsistent)
            usleep(2_000)
            running.subtract(1, ordering: .sequentiallyConsistent)
            return index
        }) { _, _ in }
        return (most.load(ordering: .sequentiallyConsistent), tokens.load(ordering: .sequentiallyConsistent))
    }

    @Test func withoutTokensWorkRunsOneAtATime() throws {
        let fifo = try TestJobServer(tokens: 0)
        let most = mostAtOnce(jobs: 8, server: try fifo.server())
        #expect(most.work == 1)
        #expect(most.tokens == 0)
    }

    /// The token is taken and given back; the two threads it allows may or may not run
    /// at the same moment (the system decides), but never more than two.
    @Test func eachTokenAllowsOneMoreThreadAndGoesBackAfterTheRun() throws {
        let fifo = try TestJobServer(tokens: 1)
        let most = mostAtOnce(jobs: 8, server: try fifo.server())
        #expect(most.work <= 2)
        #expect(most.tokens == 1)
        #expect(fifo.drain() == 1)
    }

    @Test func neverTakesMoreTokensThanItHasThreadsFor() throws {
        let fifo = try TestJobServer(tokens: 6)
        let most = mostAtOnce(jobs: 3, server: try fifo.server())
        #expect(most.work <= 3)
        #expect(most.tokens == 2)
        #expect(fifo.drain() == 6)
    }
}
