#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one rendering, kept where the writer wrote them.
///
/// A writer that builds its output in a `ByteBuffer` hands over that memory as it is,
/// so a large output is never copied into an array on its way to a file or a pipe:
/// such a copy touches as many fresh pages as the output has, and each is a page
/// fault. Bytes that are already an array are kept as that array.
public struct RenderedBytes: Sendable, RandomAccessCollection, Equatable {
    private enum Storage: Sendable {
        case array([UInt8])
        case buffer(OwnedBytes)
    }

    private let storage: Storage

    /// Keeps `bytes` as they are.
    public init(_ bytes: [UInt8]) {
        storage = .array(bytes)
    }

    /// Takes over `count` bytes at `base`, allocated with `malloc`; they are freed with
    /// the last copy of this value.
    init(taking base: UnsafeMutablePointer<UInt8>, count: Int) {
        storage = .buffer(OwnedBytes(base: base, count: count))
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .array(let bytes): bytes.count
        case .buffer(let owned): owned.count
        }
    }

    public subscript(position: Int) -> UInt8 {
        switch storage {
        case .array(let bytes): return bytes[position]
        case .buffer(let owned):
            precondition(position >= 0 && position < owned.count, "index out of range")
            return owned.base[position]
        }
    }

    /// Calls `body` with the bytes in one contiguous buffer.
    public func withUnsafeBufferPointer<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        switch storage {
        case .array(let bytes):
            return try bytes.withUnsafeBufferPointer(body)
        case .buffer(let owned):
            return try withExtendedLifetime(owned) { () throws(Failure) -> Result in
                try body(UnsafeBufferPointer(start: owned.base, count: owned.count))
            }
        }
    }

    public func withContiguousStorageIfAvailable<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result? {
        try withUnsafeBufferPointer { buffer in try body(buffer) }
    }

    /// The bytes as an array: the array they were made as, or a copy.
    public var array: [UInt8] {
        switch storage {
        case .array(let bytes): bytes
        case .buffer: withUnsafeBufferPointer { Array($0) }
        }
    }

    public static func == (left: RenderedBytes, right: RenderedBytes) -> Bool {
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }
}

/// Memory from `malloc` that nothing writes to once it is wrapped, freed with the wrapper.
private final class OwnedBytes: @unchecked Sendable {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int

    init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    deinit {
        free(base)
    }
}
