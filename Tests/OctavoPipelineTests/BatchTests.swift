import Testing
import OctavoModel
import OctavoPipeline

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
