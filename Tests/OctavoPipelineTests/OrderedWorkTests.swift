import Testing
import OctavoPipeline

@Suite struct OrderedWorkTests {
    @Test(arguments: [1, 2, 4, 16])
    func deliversEveryResultInIndexOrder(jobs: Int) {
        var delivered: [Int] = []
        OrderedWork(jobs: jobs).run(count: 103, { $0 * $0 }) { index, square in
            #expect(square == index * index)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<103))
    }

    @Test func anErrorFromDeliveryStopsTheRun() {
        struct Stop: Error {}
        var delivered: [Int] = []
        #expect(throws: Stop.self) {
            try OrderedWork(jobs: 3).run(count: 50, { $0 }) { (index, _) throws(Stop) in
                if index == 7 { throw Stop() }
                delivered.append(index)
            }
        }
        #expect(delivered == Array(0..<7))
    }
}
