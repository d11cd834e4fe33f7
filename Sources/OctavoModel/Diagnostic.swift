/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable {
    case warning
    case error
}

/// A message about an input, located at a line and column.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public var severity: Severity
    /// The file the message is about; `<stdin>` for standard input.
    public var path: String
    public var position: SourcePosition
    public var message: String

    public init(_ severity: Severity, path: String, position: SourcePosition, message: String) {
        self.severity = severity
        self.path = path
        self.position = position
        self.message = message
    }

    /// `path:line:column: severity: message`, the form compilers use.
    public var description: String {
        "\(path):\(position.line):\(position.column): \(severity.rawValue): \(message)"
    }
}
