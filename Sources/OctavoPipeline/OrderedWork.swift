import Dispatch

/// Runs one piece of work per index on several threads and hands the results back
/// in index order on the calling thread.
///
/// Indices are taken in chunks of a few per thread; a chunk is finished before its
/// results are delivered, so what the caller does with them (messages, writes) happens
/// in the same order, with the same bytes, whatever the number of threads.
///
/// Under `make -j`, each thread beyond the first takes a token from make's jobserver
/// for each chunk it can get one for, and the tokens go back when the run ends.
public struct OrderedWork: Sendable {
    /// The most threads, at least one.
    public let jobs: Int
    /// The jobserver that threads beyond the first need a token of; nil for none.
    public let jobServer: JobServer?

    public init(jobs: Int, jobServer: JobServer? = JobServer.process) {
        self.jobs = max(jobs, 1)
        self.jobServer = jobs > 1 ? jobServer : nil
    }

    /// The number of cores online, the default for `--jobs`.
    public static var coreCount: Int {
        max(System.onlineProcessorCount, 1)
    }

    /// Computes `work(index)` for every index below `count`, `jobs` at a time, and
    /// passes each result to `deliver` in index order; an error from `deliver` stops the run.
    public func run<Result: Sendable, Failure: Error>(
        count: Int, _ work: @escaping @Sendable (Int) -> Result, deliver: (Int, Result) throws(Failure) -> Void
    ) throws(Failure) {
        let chunkSize = jobs == 1 ? 1 : jobs * 4
        defer { jobServer?.releaseAll() }
        var start = 0
        while start < count {
            let end = min(start + chunkSize, count)
            let results = compute(start..<end, work)
            for (offset, result) in results.enumerated() {
                try deliver(start + offset, result)
            }
            start = end
        }
    }

    /// The results for `range`, in order; each index is computed by exactly one thread.
    private func compute<Result: Sendable>(_ range: Range<Int>, _ work: @escaping @Sendable (Int) -> Result) -> [Result] {
        let threads = threadCount(for: range.count)
        if threads == 1 { return range.map(work) }
        let slots = ResultSlots<Result>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for offset in stride(from: thread, to: range.count, by: threads) {
                slots.store(work(range.lowerBound + offset), at: offset)
            }
        }
        return slots.take()
    }

    /// The threads for a chunk of `count` indices: up to `jobs`, and with a jobserver,
    /// one more than the tokens held once those that could be had now are taken.
    private func threadCount(for count: Int) -> Int {
        let wanted = min(jobs, count)
        guard let jobServer, wanted > 1 else { return wanted }
        let held = jobServer.heldCount
        if held < wanted - 1 { jobServer.acquire(upTo: wanted - 1 - held) }
        return min(wanted, 1 + jobServer.heldCount)
    }
}

/// Storage that threads fill at distinct indices; read only after they have all finished.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores `result` at `index`; no other thread may touch that index.
    func store(_ result: Result, at index: Int) {
        buffer[index] = result
    }

    /// Every result, once all stores are done.
    func take() -> [Result] {
        buffer.map { $0! }
    }
}
