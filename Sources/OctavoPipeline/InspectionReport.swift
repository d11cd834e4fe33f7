import OctavoModel

/// Inspects many inputs: every outline first, then one summary line per post.
/// An input that cannot be read or parsed is reported and left out.
public struct InspectionReport: Sendable {
    public let reader: InputFormat
    public let inputs: [Input]

    public init(reader: InputFormat, inputs: [Input]) {
        self.reader = reader
        self.inputs = inputs
    }

    /// The report's text, and whether some input failed.
    public struct Result: Sendable {
        public var text: String
        public var failed: Bool
    }

    /// Reads every input, passing each message to `report` as it comes.
    public func run(report: (Diagnostic) -> Void) -> Result {
        var inspections: [Inspection] = []
        var failed = false
        for input in inputs {
            do {
                let reading = try reader.read(try input.read(), path: input.path)
                reading.diagnostics.forEach(report)
                if reading.diagnostics.contains(where: { $0.severity == .error }) {
                    failed = true
                    continue
                }
                inspections.append(Inspection(path: input.path, document: reading.document))
            } catch let diagnostic as Diagnostic {
                report(diagnostic)
                failed = true
            } catch {
                report(Diagnostic(.error, path: input.path, position: SourcePosition(line: 1, column: 1), message: "\(error)"))
                failed = true
            }
        }
        var text = inspections.map(\.outline).joined(separator: "\n")
        if !inspections.isEmpty { text += "\n" }
        text += inspections.map { $0.summary + "\n" }.joined()
        return Result(text: text, failed: failed)
    }
}
