import OctavoModel
import OctavoWriters

/// Collects the output for one file and writes it with `AtomicFile` on `finish()`;
/// nothing is created when nothing was written.
public struct AtomicFileSink: OutputSink {
    public let path: String
    /// What was written, each part in the memory it came in.
    private var parts: [RenderedBytes] = []
    private var received = false

    public init(path: String) {
        self.path = path
    }

    public mutating func write(_ bytes: [UInt8]) throws(OutputError) {
        write(RenderedBytes(bytes))
    }

    public mutating func write(_ bytes: RenderedBytes) {
        received = true
        parts.append(bytes)
    }

    public mutating func finish() throws(OutputError) {
        guard received else { return }
        defer { received = false; parts = [] }
        do throws(Diagnostic) {
            try AtomicFile.write(parts, to: path)
        } catch {
            throw .failed(error)
        }
    }
}
