import Foundation
import Testing

/// Inputs and outputs that are not regular files: a FIFO or a link to a device found
/// in an input folder is refused without waiting or reading forever, and an existing
/// output that is one is replaced, never read. Each run is bounded by `timeout`, so a
/// regression fails instead of hanging.
@Suite struct SpecialFileTests {
    @Test func aFIFOOrADeviceInAnInputFolderIsRefusedAndTheOthersConvert() throws {
        let workspace = try Workspace()
        try TestData.copySitePosts(into: workspace)
        let count = try TestData.sitePosts.count
        #expect(mkfifo(workspace.url.appendingPathComponent("posts/2020-1-1-fifo.md").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: workspace.url.appendingPathComponent("posts/2020-1-2-zero.md").path,
                                                   withDestinationPath: "/dev/zero")
        let status = try OctavoBinary.shell("timeout 60 \"$OCTAVO\" -t html --output-dir out posts 2> errors.txt", in: workspace.url)
        #expect(status == 1)
        let errors = try workspace.read("errors.txt")
        #expect(errors.contains("posts/2020-1-1-fifo.md:1:1: error: not a regular file"), "\(errors)")
        #expect(errors.contains("posts/2020-1-2-zero.md:1:1: error: not a regular file"), "\(errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("out").path).count == count)
    }

    @Test(arguments: ["html", "epub"])
    func anOutputThatIsAFIFOOrALinkToADeviceIsReplaced(format: String) throws {
        let workspace = try Workspace()
        let post = try #require(try TestData.sitePosts.first)
        #expect(mkfifo(workspace.url.appendingPathComponent("fifo.\(format)").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: workspace.url.appendingPathComponent("zero.\(format)").path,
                                                   withDestinationPath: "/dev/zero")
        let mask = umask(0)
        umask(mask)
        for name in ["fifo", "zero"] {
            let status = try OctavoBinary.shell("timeout 60 \"$OCTAVO\" -t \(format) -o \(name).\(format) '\(post)'", in: workspace.url)
            #expect(status == 0, "\(name).\(format)")
            let attributes = try FileManager.default.attributesOfItem(atPath: workspace.url.appendingPathComponent("\(name).\(format)").path)
            #expect(attributes[.type] as? FileAttributeType == .typeRegular)
            #expect(attributes[.posixPermissions] as? Int == Int(0o666 & ~mask), "a new file's mode, not the FIFO's or device's")
        }
    }
}
