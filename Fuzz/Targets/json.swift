import OctavoModel
import OctavoParser
import OctavoWriters

/// The JSON tree reader: any bytes are read or refused; a tree it reads writes JSON
/// that reads back to the same JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let document = try? JSONDocumentReader().read(fuzzInput(data, size), path: "fuzz.json") else { return 0 }
    let json = JSONWriter(options: WriterOptions()).rendering(document).bytes.array
    invariant(isValidUTF8(json), "JSON output is not valid UTF-8")
    guard let again = try? JSONDocumentReader().read(json, path: "fuzz.json") else {
        invariant(false, "Octavo's own JSON did not read back")
        return 0
    }
    invariant(JSONWriter(options: WriterOptions()).rendering(again).bytes.array == json, "json → tree → json changed the JSON")
    return 0
}
