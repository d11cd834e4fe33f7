import Foundation
import Testing
import OctavoPipeline
import OctavoWriters

@Suite struct AtomicFileSinkTests {
    @Test func writesTheFileAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        var sink = AtomicFileSink(path: folder.path("out.html"))
        try sink.write(Array("<p>a</p>\n".utf8))
        try sink.write(Array("<p>b</p>\n".utf8))
        #expect(try folder.names() == [])
        try sink.finish()
        #expect(try folder.names() == ["out.html"])
        #expect(try String(contentsOfFile: folder.path("out.html"), encoding: .utf8) == "<p>a</p>\n<p>b</p>\n")
    }

    @Test func replacesAnExistingFileAndKeepsItsMode() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("out.html", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        var sink = AtomicFileSink(path: path)
        try sink.write(Array("new".utf8))
        try sink.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try folder.names() == ["out.html"])
    }

    @Test func comparesAFileWithEveryPartWritten() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("out.json", "{\"a\":1}\n")
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        var same = AtomicFileSink(path: path)
        try same.write(Array("{\"a\"".utf8))
        same.write(RenderedBytes(Array(":1}\n".utf8)))
        try same.finish()
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int == before)
        var prefix = AtomicFileSink(path: path)
        try prefix.write(Array("{\"a\"".utf8))
        try prefix.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\"")
        var longer = AtomicFileSink(path: path)
        try longer.write(Array("{\"a\"".utf8))
        longer.write(RenderedBytes(Array(":2}".utf8)))
        try longer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":2}")
    }

    @Test func leavesAnUnchangedFileUntouched() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("out.html", "same")
        let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        var sink = AtomicFileSink(path: path)
        try sink.write(Array("same".utf8))
        try sink.finish()
        let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
        #expect(before == after)
    }

    @Test func createsNothingWhenNothingWasWritten() throws {
        let folder = try TemporaryFolder()
        var sink = AtomicFileSink(path: folder.path("out.html"))
        try sink.finish()
        #expect(try folder.names() == [])
    }

    @Test func writesAnEmptyFileForEmptyOutput() throws {
        let folder = try TemporaryFolder()
        var sink = AtomicFileSink(path: folder.path("out.html"))
        try sink.write([])
        try sink.finish()
        #expect(try folder.names() == ["out.html"])
    }

    @Test func reportsAMissingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("no/out.html")
        var sink = AtomicFileSink(path: path)
        try sink.write(Array("x".utf8))
        do {
            try sink.finish()
            Issue.record("writing into a missing folder succeeded")
        } catch {
            #expect(error == .failed(.init(.error, path: path, position: .init(line: 1, column: 1),
                                           message: "cannot write file: No such file or directory")))
        }
    }
}
