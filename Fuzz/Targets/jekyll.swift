@testable import OctavoPipeline

/// A Jekyll post (front matter, kramdown, Liquid) through the reader and every
/// per-post writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJekyll(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let path = "2024-01-02-fuzz.md"
    let loading = InputFormat.jekyll.load(fuzzInput(data, size), path: path, strict: false)
    if let document = loading.document { checkOutputs(of: document, path: path) }
    return 0
}
