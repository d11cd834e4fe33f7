import OctavoXML

/// Escaping helpers shared by the markup writers; they append to a byte buffer.
enum ByteEscaping {
    /// Appends `text` with `&`, `<`, `>` and `"` escaped for HTML and XML text and attributes.
    static func appendEscapedMarkup(_ text: String, to output: inout ByteBuffer) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscapedMarkup($0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { appendEscapedMarkup($0, to: &output) }
        }
    }

    /// Appends `bytes` with `&`, `<`, `>` and `"` escaped.
    static func appendEscapedMarkup(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        var runStart = 0
        for index in 0..<bytes.count {
            let replacement: StaticString
            switch bytes[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(replacement)
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// Appends `text` for XML content or an attribute value: markup characters escaped, line
    /// breaks and tabs as character references (so attribute normalisation keeps them),
    /// and the control characters XML 1.0 forbids dropped.
    static func appendEscapedXML(_ text: String, to output: inout ByteBuffer) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append("&amp;")
            case UInt8(ascii: "<"): output.append("&lt;")
            case UInt8(ascii: ">"): output.append("&gt;")
            case UInt8(ascii: "\""): output.append("&quot;")
            case 0x0A: output.append("&#10;")
            case 0x0D: output.append("&#13;")
            case 0x09: output.append("&#9;")
            case 0x00..<0x20: continue
            default: output.append(byte)
            }
        }
    }

    /// Appends a link destination percent-encoded as an HTML attribute value needs it:
    /// characters outside the URL-safe set become `%XX` (existing `%XX` escapes are
    /// kept), then `&` is escaped for the markup.
    static func appendEscapedURL(_ url: String, to output: inout ByteBuffer) {
        appendEscapedMarkup(URLPolicy.percentEncoded(url), to: &output)
    }
}
