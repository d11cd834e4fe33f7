import OctavoModel

/// Ends the run with `message` when `condition` does not hold, so that libFuzzer keeps
/// the input as a finding: a broken promise is a bug even when nothing crashed.
func invariant(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant broken: \(message())") }
}

/// Whether `bytes` is UTF-8 that Swift reads back without repairs.
func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    String(validating: bytes, as: UTF8.self) != nil
}

/// The input as a Swift buffer.
func fuzzInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
