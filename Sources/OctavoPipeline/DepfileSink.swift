import OctavoModel
import OctavoWriters

/// An output sink that, once its output is final, also writes a depfile for it.
///
/// The depfile is replaced atomically like the output, and written only when
/// something was written to the output, so a run that wrote nothing leaves it alone.
public struct DepfileSink<Base: OutputSink>: OutputSink {
    private var base: Base
    private let depfile: Depfile
    private let path: String
    private var received = false

    /// Writes through to `base`, then `depfile` to `path`.
    public init(base: Base, depfile: Depfile, path: String) {
        self.base = base
        self.depfile = depfile
        self.path = path
    }

    public mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        received = true
        try base.write(bytes)
    }

    public mutating func write(_ bytes: RenderedBytes) throws(OutputError) {
        received = true
        try base.write(bytes)
    }

    public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        received = true
        try base.write(bytes)
    }

    public mutating func finish() throws(OutputError) {
        try base.finish()
        guard received else { return }
        do throws(Diagnostic) {
            try depfile.write(to: path)
        } catch {
            throw .failed(error)
        }
    }
}
