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
        let failed = InspectedInputs.read(inputs, with: reader, report: report) { input, _, document in
            inspections.append(Inspection(path: input.path, document: document))
        }
        var text = inspections.map(\.outline).joined(separator: "\n")
        if !inspections.isEmpty { text += "\n" }
        text += inspections.map { $0.summary + "\n" }.joined()
        return Result(text: text, failed: failed)
    }
}
