#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// Writes to an open file descriptor (standard output by default) in large chunks.
///
/// A closed pipe (`EPIPE`) ends the output with `OutputError.closed`; call
/// `ignoreBrokenPipes()` once so that it is reported instead of killing the process.
public struct StreamSink: OutputSink {
    /// The name messages use for standard output.
    public static let standardOutputPath = "<stdout>"

    private let descriptor: Int32
    private let path: String
    private let chunkSize: Int
    private var buffer: [UInt8] = []

    public init(descriptor: Int32 = STDOUT_FILENO, path: String = StreamSink.standardOutputPath, chunkSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.path = path
        self.chunkSize = chunkSize
    }

    /// Makes writing to a closed pipe fail with `EPIPE` instead of raising `SIGPIPE`.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    public mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(OutputError) in try write(bytes) }
    }

    /// Writes a rendering from the memory it was made in.
    public mutating func write(_ bytes: RenderedBytes) throws(OutputError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(OutputError) in try write(bytes) }
    }

    /// Writes bytes in place: a piece of at least a chunk goes out at once.
    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        if buffer.isEmpty && bytes.count >= chunkSize {
            try send(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunkSize { try flush() }
    }

    public mutating func finish() throws(OutputError) {
        try flush()
    }

    private mutating func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { (bytes) throws(OutputError) in try send(bytes) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func send(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        let code = System.writeAll(descriptor, UnsafeRawBufferPointer(bytes))
        if code == EPIPE { throw .closed }
        if code != 0 {
            throw .failed(Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                                     message: "cannot write output: \(System.errorMessage(code))"))
        }
    }
}
