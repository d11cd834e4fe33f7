import OctavoModel

/// `octavo inspect --math` over many inputs: one warning line per problem, then
/// `N formulas, M convert without merror or warning`. An input that cannot be read or
/// parsed is reported and left out.
public struct MathInspectionReport: Sendable {
    public let reader: InputFormat
    public let inputs: [Input]

    public init(reader: InputFormat, inputs: [Input]) {
        self.reader = reader
        self.inputs = inputs
    }

    /// The report's text, the counts, and whether some input failed.
    public struct Result: Sendable {
        public var text: String
        public var formulas: Int
        public var clean: Int
        public var failed: Bool
    }

    /// Reads every input, passing the messages of reading to `report` as they come.
    public func run(report: (Diagnostic) -> Void) -> Result {
        var result = Result(text: "", formulas: 0, clean: 0, failed: false)
        for input in inputs {
            do {
                let bytes = try input.read()
                let reading = try reader.read(bytes, path: input.path)
                reading.diagnostics.forEach(report)
                if reading.diagnostics.contains(where: { $0.severity == .error }) {
                    result.failed = true
                    continue
                }
                let inspection = MathInspection(path: input.path, document: reading.document, source: bytes)
                result.formulas += inspection.formulas.count
                result.clean += inspection.formulas.filter(\.isClean).count
                result.text += inspection.warnings.map { $0.description + "\n" }.joined()
            } catch let diagnostic as Diagnostic {
                report(diagnostic)
                result.failed = true
            } catch {
                report(Diagnostic(.error, path: input.path, position: SourcePosition(line: 1, column: 1), message: "\(error)"))
                result.failed = true
            }
        }
        result.text += "\(result.formulas) formulas, \(result.clean) convert without merror or warning\n"
        return result
    }
}
