@testable import OctavoParser

/// Front matter (YAML between `---` lines): read into metadata or refused with a
/// message, never a crash, a hang or unbounded memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = Source(path: "fuzz.md", bytes: Array("---\n".utf8) + fuzzInput(data, size) + Array("\n---\n".utf8))
    _ = try? FrontMatter(source)
    return 0
}
