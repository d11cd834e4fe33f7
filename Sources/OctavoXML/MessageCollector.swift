internal import CLibXML2
import OctavoModel

/// Collects the messages libxml2 reports during one call as diagnostics for `path`.
///
/// libxml2 reports through handlers it keeps per thread; `collect` installs this
/// collector's handler on the calling thread for the length of the call and puts the
/// previous handlers back afterwards, so concurrent calls on other threads never mix.
final class MessageCollector {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Runs `body` with this thread's libxml2 messages going to this collector.
    func collect<Result>(_ body: (UnsafeMutablePointer<octavo_message_target>) -> Result) -> Result {
        LibXML2.initialize()
        var target = octavo_message_target(
            sink: MessageCollector.sink, context: Unmanaged.passUnretained(self).toOpaque(),
            refused: 0, refused_line: 0, refused_column: 0)
        return withExtendedLifetime(self) {
            withUnsafeMutablePointer(to: &target) { pointer in
                let saved = octavo_route_messages(pointer)
                defer { octavo_restore_handlers(saved) }
                return body(pointer)
            }
        }
    }

    /// Adds a diagnostic of Octavo's own.
    func add(_ severity: Severity, line: Int, column: Int, message: String) {
        diagnostics.append(Diagnostic(severity, path: path, position: SourcePosition(line: max(line, 1), column: max(column, 1)), message: message))
    }

    private static let sink: octavo_message_sink = { context, level, line, column, message in
        guard let context else { return }
        let collector = Unmanaged<MessageCollector>.fromOpaque(context).takeUnretainedValue()
        var text = message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while let last = text.last, last.isWhitespace { text.removeLast() }
        collector.add(level == 1 ? .warning : .error, line: Int(line), column: Int(column), message: text)
    }
}
