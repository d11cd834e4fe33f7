/// FNV-1a over the bytes appended to it, 64-bit (reading-list ids, citation keys) or
/// 32-bit (the colour of a generated cover): each byte is XORed in, then the state is
/// multiplied by the FNV prime of that width.
public struct FNV1a<Value: FixedWidthInteger & UnsignedInteger & Sendable>: ByteSink, Sendable {
    @usableFromInline var state: Value
    @usableFromInline let prime: Value

    /// The hash of the bytes appended so far.
    public var value: Value { state }

    @inlinable
    init(offsetBasis: Value, prime: Value) {
        state = offsetBasis
        self.prime = prime
    }

    @inlinable
    public mutating func append(_ byte: UInt8) {
        state = (state ^ Value(byte)) &* prime
    }

    @inlinable
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// Appends the UTF-8 bytes of `text`.
    @inlinable
    public mutating func append(utf8Of text: String) {
        for byte in text.utf8 { append(byte) }
    }
}

extension FNV1a where Value == UInt64 {
    /// The 64-bit hash, before any byte.
    @inlinable
    public init() {
        self.init(offsetBasis: 0xcbf2_9ce4_8422_2325, prime: 0x0000_0100_0000_01b3)
    }
}

extension FNV1a where Value == UInt32 {
    /// The 32-bit hash, before any byte.
    @inlinable
    public init() {
        self.init(offsetBasis: 0x811c_9dc5, prime: 0x0100_0193)
    }
}
