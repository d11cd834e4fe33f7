import OctavoXML

/// Raw HTML made safe for XHTML: the result is well-formed and carries no script,
/// event handler or `javascript:` address.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLFragment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    guard let first = bytes.first else { return 0 }
    let contexts: [FragmentContext] = [.flow, .phrasing, .linkText]
    let html = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let fragment = HTMLFragment.sanitize(html, context: contexts[Int(first) % contexts.count])
    let wrapped = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + fragment.xhtml + "</div>"
    let scan = XMLNodeScan(Array(wrapped.utf8), path: "fuzz.xhtml")
    invariant(!scan.diagnostics.contains { $0.severity == .error }, "sanitised XHTML is not well-formed: \(fragment.xhtml)")
    if let found = activeContent(in: scan) {
        invariant(false, "\(found) survived: \(fragment.xhtml)")
    }
    return 0
}
