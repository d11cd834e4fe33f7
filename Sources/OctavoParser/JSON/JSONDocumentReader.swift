import Foundation
import OctavoModel

/// Reads a document back from the JSON that `JSONWriter` writes (`--from json`).
public struct JSONDocumentReader: Sendable {
    public init() {}

    /// Decodes a document, or throws a `Diagnostic` naming `path` and, where it can be
    /// found, the line and column of the problem in the JSON text.
    public func read(_ bytes: [UInt8], path: String) throws -> Document {
        do {
            return try JSONDecoder().decode(Document.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw diagnostic(for: error, in: bytes, path: path)
        }
    }

    private func diagnostic(for error: DecodingError, in bytes: [UInt8], path: String) -> Diagnostic {
        let locator = JSONTextLocator(bytes: bytes)
        let source = Source(path: path, bytes: bytes)
        func located(_ offset: Int?, _ message: String) -> Diagnostic {
            let position = offset.map { source.position(ofOffset: $0) }
            return Diagnostic(.error, path: path, position: position ?? SourcePosition(line: 1, column: 1), message: message)
        }
        if let syntaxError = locator.firstSyntaxError() {
            return located(syntaxError.offset, "invalid JSON: \(syntaxError.message)")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return located(
                locator.offset(of: context.codingPath),
                "invalid document at \(describe(context.codingPath)): missing property \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return located(
                locator.offset(of: context.codingPath),
                "invalid document at \(describe(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            return located(nil, "invalid document: \(error)")
        }
    }

    /// A coding path as `blocks[2].content[0].type`; `the top level` when empty.
    private func describe(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the top level" }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }
}
