import Foundation
import Testing
import OctavoPipeline
import OctavoWriters

@Suite struct StreamSinkTests {
    @Test func writesEverythingInOrder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("out")
        let handle = try #require(FileHandle(forWritingAtPath: FileManager.default.createFile(atPath: path, contents: nil) ? path : ""))
        var sink = StreamSink(descriptor: handle.fileDescriptor, path: path, chunkSize: 8)
        try sink.write(Array("abc".utf8))
        try sink.write(Array("defghijkl".utf8))
        try sink.write(Array(String(repeating: "z", count: 20).utf8))
        try sink.write(Array("end".utf8))
        try sink.write(RenderedBytes(Array("+".utf8)))
        try sink.write(RenderedBytes(Array(String(repeating: "y", count: 9).utf8)))
        try sink.finish()
        try handle.close()
        #expect(try String(contentsOfFile: path, encoding: .utf8)
            == "abcdefghijkl" + String(repeating: "z", count: 20) + "end+" + String(repeating: "y", count: 9))
    }

    @Test func closedPipeEndsQuietly() throws {
        StreamSink.ignoreBrokenPipes()
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        var sink = StreamSink(descriptor: pipe.fileHandleForWriting.fileDescriptor, chunkSize: 4)
        #expect(throws: OutputError.closed) {
            try sink.write(Array("more than four bytes".utf8))
        }
        try pipe.fileHandleForWriting.close()
    }
}
