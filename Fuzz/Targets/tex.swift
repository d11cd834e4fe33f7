import OctavoMath
import OctavoXML

/// TeX to MathML: any TeX gives well-formed MathML (an error shown in it at worst).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    guard let first = bytes.first else { return 0 }
    let tex = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let conversion = TeXToMathML.convert(tex, display: first % 2 == 0 ? .inline : .block)
    let scan = XMLNodeScan(Array(conversion.markup.utf8), path: "fuzz.xml")
    invariant(!scan.diagnostics.contains { $0.severity == .error }, "MathML is not well-formed: \(conversion.markup)")
    return 0
}
