import OctavoModel
import OctavoWriters

/// Why output could not be written.
public enum OutputError: Error, Sendable, Equatable {
    /// The reader went away (a closed pipe): stop quietly.
    case closed
    /// Writing failed; the diagnostic says where and why.
    case failed(Diagnostic)
}

/// Where converted bytes go, in the order they are written.
public protocol OutputSink {
    /// Takes the output of one input.
    mutating func write(_ bytes: [UInt8]) throws(OutputError)
    /// Takes the rendering of one input; by default as an array.
    mutating func write(_ bytes: RenderedBytes) throws(OutputError)
    /// Takes a piece of a rendering handed over while it is made; by default as an array.
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError)
    /// Makes everything written so far final.
    mutating func finish() throws(OutputError)
}

extension OutputSink {
    public mutating func write(_ bytes: RenderedBytes) throws(OutputError) {
        try write(bytes.array)
    }

    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        try write(Array(bytes))
    }
}
