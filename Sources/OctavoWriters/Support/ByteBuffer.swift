#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable byte buffer for writers: appends are a capacity check and a copy,
/// without the uniqueness checks of `Array`. Its memory grows with `realloc`, which
/// can extend a large block in place instead of copying it.
struct ByteBuffer: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        storage = ByteBuffer.reallocate(nil, capacity: self.capacity)
    }

    deinit {
        free(storage)
    }

    /// The last byte written, if any.
    var last: UInt8? { count > 0 ? storage[count - 1] : nil }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        storage[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toAtLeast: count + bytes.count) }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 bytes of a string literal; inlined, a literal's bytes are copied
    /// without a call.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 bytes of a string, read in place when they are contiguous.
    mutating func append(string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var string = string
            string.withUTF8 { append($0) }
        }
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the decimal digits of `value`.
    @inline(__always)
    mutating func append(decimal value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value))
        } else {
            append(digitsOf: value)
        }
    }

    /// The decimal digits `00` to `99`, two by two.
    private static let digitPairs: StaticString =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    private mutating func append(digitsOf value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if count + 20 > capacity { grow(toAtLeast: count + 20) }
        var digits = magnitude < 10 ? 1 : magnitude < 100 ? 2 : magnitude < 1_000 ? 3 : magnitude < 10_000 ? 4 : 5
        var power: UInt = 100_000
        while digits < 20, magnitude >= power {
            digits += 1
            power &*= 10
        }
        let pairs = ByteBuffer.digitPairs.utf8Start
        var index = count + digits
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) * 2
            magnitude /= 100
            index -= 2
            storage[index] = pairs[pair]
            storage[index + 1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) * 2
            storage[index - 2] = pairs[pair]
            storage[index - 1] = pairs[pair + 1]
        } else {
            storage[index - 1] = UInt8(ascii: "0") + UInt8(magnitude)
        }
        count += digits
    }

    /// Everything written so far, as UTF-8 text.
    var string: String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    /// Calls `body` with everything written so far.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: storage, count: count))
    }

    /// Forgets everything written, keeping the memory for what comes next.
    mutating func removeAll() {
        count = 0
    }

    /// Appends everything written so far to `array`.
    func copy(to array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(start: storage, count: count))
    }

    /// Everything written, in this buffer's own memory (its unused end given back).
    consuming func rendered() -> RenderedBytes {
        let bytes = RenderedBytes(taking: ByteBuffer.reallocate(storage, capacity: max(count, 1)), count: count)
        discard self
        return bytes
    }

    private mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        storage = ByteBuffer.reallocate(storage, capacity: newCapacity)
        capacity = newCapacity
    }

    private static func reallocate(_ storage: UnsafeMutablePointer<UInt8>?, capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = realloc(storage, capacity) else { fatalError("out of memory for \(capacity) bytes of output") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
