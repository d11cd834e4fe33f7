import OctavoModel

/// Tells text from binary files before they are parsed.
///
/// A file with a NUL byte in its first 8 KiB is taken to be binary (as git and grep
/// do): Markdown, YAML and JSON never hold one, while images, archives and random
/// bytes almost always do early on. Such a file is refused; a stray invalid UTF-8
/// byte in a real post is only a warning, given when the post is read.
enum TextCheck {
    /// How many leading bytes are looked at.
    static let windowSize = 8192

    /// The error for `bytes` read from `path` when they are not text, else nil.
    static func problem(_ bytes: [UInt8], path: String) -> Diagnostic? {
        guard let offset = bytes.prefix(windowSize).firstIndex(of: 0) else { return nil }
        return Diagnostic(.error, path: path, position: SourcePosition(line: 1, column: 1),
                          message: "not a text file (NUL byte at byte offset \(offset))")
    }
}
