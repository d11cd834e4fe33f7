import OctavoModel

/// Reads a document back from the JSON that `JSONWriter` writes (`--from json`).
public struct JSONDocumentReader: Sendable {
    /// Trees up to this deep are decoded on the caller's thread, whatever its stack.
    static let depthOnCallersStack = 64

    public init() {}

    /// Decodes a document, or throws a `Diagnostic` naming `path` and the line and column
    /// of the problem in the JSON text.
    public func read(_ bytes: [UInt8], path: String) throws -> Document {
        let tree: JSONTree
        do {
            tree = try JSONParser.parse(bytes)
        } catch {
            throw Diagnostic(.error, path: path, position: error.position, message: "invalid JSON: \(error.message)")
        }
        do {
            // Decoding recurses once per level; a deep tree gets a stack sized for it.
            let decode: @Sendable () throws -> Document = { try Document(from: JSONValueDecoder(tree: tree)) }
            return tree.depth > Self.depthOnCallersStack ? try LargeStack.run(levels: tree.depth, decode) : try decode()
        } catch let error as DecodingError {
            throw diagnostic(for: error, in: tree, path: path)
        }
    }

    /// Locates a decoding error at the value its coding path leads to (for a missing
    /// property, at the object that lacks it).
    private func diagnostic(for error: DecodingError, in tree: JSONTree, path: String) -> Diagnostic {
        func located(_ codingPath: [any CodingKey], _ message: String) -> Diagnostic {
            let offset = tree.nodes[tree.node(at: codingPath)].offset
            return Diagnostic(
                .error, path: path, position: SourcePosition(offset: offset, in: tree.bytes),
                message: "invalid document at \(describe(codingPath)): \(message)")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return located(context.codingPath, "missing property \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return located(context.codingPath, context.debugDescription)
        @unknown default:
            return located([], "\(error)")
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
