#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel

/// Messages for the user, written unbuffered to standard error.
public enum StandardError {
    /// Writes `path:line:column: severity: message` and a line feed.
    public static func report(_ diagnostic: Diagnostic) {
        write(diagnostic.description + "\n")
    }

    /// Writes `text` as it is.
    public static func write(_ text: String) {
        _ = System.writeAll(STDERR_FILENO, Array(text.utf8))
    }
}
