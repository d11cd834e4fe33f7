/// Writes code as escaped markup with its tokens in `span` elements whose classes the
/// stylesheet colours (see `HighlightKind`). Removing the spans and unescaping gives
/// the code back byte for byte.
enum CodeHighlighter {
    /// Appends `code` highlighted as `language` and returns true, or appends nothing and
    /// returns false when the language is not one that is highlighted.
    static func appendHighlighted(_ code: String, language: String, to output: inout ByteBuffer) -> Bool {
        guard let language = CodeLanguage(name: language) else { return false }
        var code = code
        code.withUTF8 { bytes in
            append(bytes, tokens: language.tokens(of: bytes), to: &output)
        }
        return true
    }

    /// Appends `bytes` escaped, each token in its span; tokens of one kind with only
    /// spaces or tabs between them (`public static final`) share one span.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, tokens: [HighlightToken], to output: inout ByteBuffer) {
        var written = 0
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            index += 1
            guard token.start >= written, token.end <= bytes.count else { continue }
            while index < tokens.count, tokens[index].kind == token.kind, tokens[index].start >= token.end, tokens[index].end <= bytes.count,
                  bytes[token.end..<tokens[index].start].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                token = HighlightToken(kind: token.kind, start: token.start, end: tokens[index].end)
                index += 1
            }
            if token.start > written { ByteEscaping.appendEscapedMarkup(UnsafeBufferPointer(rebasing: bytes[written..<token.start]), to: &output) }
            output.append("<span class=\"")
            output.append(token.kind.className)
            output.append("\">")
            ByteEscaping.appendEscapedMarkup(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), to: &output)
            output.append("</span>")
            written = token.end
        }
        if written < bytes.count { ByteEscaping.appendEscapedMarkup(UnsafeBufferPointer(rebasing: bytes[written...]), to: &output) }
    }
}
