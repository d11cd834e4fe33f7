import OctavoModel
import OctavoParser

/// A CommonMark (first byte even) or GFM (odd) document through the parser and every
/// per-post writer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCommonMark(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    guard let first = bytes.first else { return 0 }
    let dialect: MarkdownDialect = first % 2 == 0 ? .commonmark : .gfm
    let document = MarkdownParser(dialect: dialect).parse(Source(path: "fuzz.md", bytes: Array(bytes.dropFirst())))
    checkOutputs(of: document, path: "fuzz.md")
    return 0
}
