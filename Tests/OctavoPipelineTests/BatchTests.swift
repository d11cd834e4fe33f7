import Testing
import OctavoModel
import OctavoPipeline
import OctavoWriters

/// Keeps what it is given, and can play a reader that has gone away.
private struct MemorySink: OutputSink {
    var chunks: [[UInt8]] = []
    var finished = false
    var closed = false

    mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        if closed { throw .closed }
        chunks.append(bytes)
    }

    mutating func finish() throws(OutputError) {
        finished = true
    }
}

@Suite struct BatchTests {
    private let conversion = Conversion(reader: .gfm, writer: SourceNameWriter(options: .init()))

    @Test func convertsEveryInputInOrder() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let second = try folder.write("b.md", "# B\n")
        var sink = MemorySink()
        var messages: [Diagnostic] = []
        let outcome = Batch(conversion: conversion, inputs: Input.list([first, second])).run(into: &sink) { messages.append($0) }
        #expect(outcome == .succeeded)
        #expect(sink.chunks == [Array("\(first)\n".utf8), Array("\(second)\n".utf8)])
        #expect(sink.finished)
        #expect(messages.isEmpty)
    }

    @Test func oneMissingInputDoesNotStopTheOthers() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        let missing = folder.path("missing.md")
        let last = try folder.write("c.md", "# C\n")
        var sink = MemorySink()
        var messages: [Diagnostic] = []
        let outcome = Batch(conversion: conversion, inputs: Input.list([first, missing, last])).run(into: &sink) { messages.append($0) }
        #expect(outcome == .failed)
        #expect(sink.chunks.count == 2)
        #expect(sink.finished)
        #expect(messages.map(\.description) == ["\(missing):1:1: error: cannot read file: No such file or directory"])
    }

    @Test func severalJobsKeepTheOrderOfOutputsAndMessages() throws {
        let folder = try TemporaryFolder()
        var inputs: [String] = []
        for index in 0..<20 {
            inputs.append(index % 7 == 3 ? folder.path("missing-\(index).md") : try folder.write("\(index).md", "# \(index)\n"))
        }
        var sink = MemorySink()
        var messages: [Diagnostic] = []
        let outcome = Batch(conversion: conversion, inputs: Input.list(inputs), jobs: 4).run(into: &sink) { messages.append($0) }
        #expect(outcome == .failed)
        let written = inputs.filter { !$0.contains("missing") }
        #expect(sink.chunks == written.map { Array("\($0)\n".utf8) })
        #expect(messages.map(\.path) == inputs.filter { $0.contains("missing") })
    }

    @Test(arguments: [1, 4])
    func streamedJSONIsTheRenderingOfEachInput(jobs: Int) throws {
        let folder = try TemporaryFolder()
        let posts = try (0..<3).map { try folder.write("\($0).md", "# Post \($0)\n\n" + String(repeating: "A paragraph of text.\n\n", count: 4000)) }
        let json = Conversion(reader: .gfm, writer: JSONWriter(options: .init()))
        for inputs in [[posts[0]], posts] {
            var sink = MemorySink()
            let outcome = Batch(conversion: json, inputs: Input.list(inputs), jobs: jobs).run(into: &sink) { _ in }
            #expect(outcome == .succeeded)
            #expect(sink.finished)
            let expected = inputs.map { json.convert(Input(argument: $0)).output?.array ?? [] }
            #expect(Array(sink.chunks.joined()) == Array(expected.joined()))
            if jobs == 1 || inputs.count == 1 {
                #expect(sink.chunks.count > inputs.count, "streamed in pieces")
            }
        }
    }

    @Test func streamingStopsQuietlyWhenTheOutputCloses() throws {
        let folder = try TemporaryFolder()
        let post = try folder.write("a.md", String(repeating: "Text.\n\n", count: 30000))
        var sink = MemorySink(closed: true)
        let json = Conversion(reader: .gfm, writer: JSONWriter(options: .init()))
        let outcome = Batch(conversion: json, inputs: Input.list([post, post])).run(into: &sink) { _ in }
        #expect(outcome == .outputClosed)
        #expect(sink.chunks.isEmpty)
    }

    @Test func closedOutputStopsQuietly() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.md", "# A\n")
        var sink = MemorySink(closed: true)
        var messages: [Diagnostic] = []
        let outcome = Batch(conversion: conversion, inputs: Input.list([first, first])).run(into: &sink) { messages.append($0) }
        #expect(outcome == .outputClosed)
        #expect(messages.isEmpty)
    }
}
