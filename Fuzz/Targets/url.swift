import OctavoModel

/// WHATWG URL parsing: an address that parses serialises to text that parses to the
/// same address (the standard's idempotence), as valid UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: fuzzInput(data, size), as: UTF8.self)
    guard let address = WebAddress(parsing: text) else { return 0 }
    let serialised = address.description
    guard let again = WebAddress(parsing: serialised) else {
        invariant(false, "the serialisation \(serialised) of \(text) does not parse")
        return 0
    }
    invariant(again.description == serialised, "\(serialised) serialises again as \(again.description)")
    return 0
}
