import OctavoModel

/// Reads the inputs of an inspection one by one: each message of reading goes to
/// `report`, and an input that cannot be read or parsed is left out.
enum InspectedInputs {
    /// Calls `visit` with each input, its bytes and its document; returns whether some input failed.
    static func read(_ inputs: [Input], with reader: InputFormat, report: (Diagnostic) -> Void,
                     _ visit: (Input, [UInt8], Document) -> Void) -> Bool {
        var failed = false
        for input in inputs {
            do {
                let bytes = try input.read()
                let reading = try reader.read(bytes, path: input.path)
                reading.diagnostics.forEach(report)
                if reading.diagnostics.contains(where: { $0.severity == .error }) {
                    failed = true
                    continue
                }
                visit(input, bytes, reading.document)
            } catch let diagnostic as Diagnostic {
                report(diagnostic)
                failed = true
            } catch {
                report(Diagnostic(.error, path: input.path, position: SourcePosition(line: 1, column: 1), message: "\(error)"))
                failed = true
            }
        }
        return failed
    }
}
