import OctavoModel

/// `octavo inspect --math` over many inputs: one warning line per problem, then
/// `N formulas, M convert without merror or warning`. An input that cannot be read or
/// parsed is reported and left out.
public struct MathInspectionReport: Sendable {
    /// How the posts are read (`-f`).
    public let reader: InputFormat
    /// The posts, in the order given.
    public let inputs: [Input]

    public init(reader: InputFormat, inputs: [Input]) {
        self.reader = reader
        self.inputs = inputs
    }

    /// The report's text, the counts, and whether some input failed.
    public struct Result: Sendable {
        /// The warning lines and the closing count line.
        public var text: String
        /// How many formulas the posts hold.
        public var formulas: Int
        /// How many of them convert without a problem or an `<merror>`.
        public var clean: Int
        /// Whether an input could not be read or parsed.
        public var failed: Bool
    }

    /// Reads every input, passing the messages of reading to `report` as they come.
    public func run(report: (Diagnostic) -> Void) -> Result {
        var result = Result(text: "", formulas: 0, clean: 0, failed: false)
        result.failed = InspectedInputs.read(inputs, with: reader, report: report) { input, bytes, document in
            let inspection = MathInspection(path: input.path, document: document, source: bytes)
            result.formulas += inspection.formulas.count
            result.clean += inspection.formulas.filter(\.isClean).count
            result.text += inspection.warnings.map { $0.description + "\n" }.joined()
        }
        result.text += "\(result.formulas) formulas, \(result.clean) convert without merror or warning\n"
        return result
    }
}
