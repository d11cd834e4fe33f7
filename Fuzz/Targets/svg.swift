@testable import OctavoPipeline
import OctavoXML

/// The SVG check: any bytes are accepted or refused; an accepted image has no script,
/// event handler or `javascript:` address.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSVG(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    guard SVGSafety.problem(bytes, path: "fuzz.svg") == nil else { return 0 }
    if let found = activeContent(in: XMLNodeScan(bytes, path: "fuzz.svg")) {
        invariant(false, "an SVG image with \(found) was accepted")
    }
    return 0
}
