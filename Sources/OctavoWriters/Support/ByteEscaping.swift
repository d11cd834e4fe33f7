import OctavoModel
import OctavoXML

/// Escaping helpers shared by the markup writers; they append to a byte buffer.
enum ByteEscaping {
    /// Appends `text` with `&`, `<`, `>` and `"` escaped for HTML and XHTML text and
    /// attributes. The markup writers' hot path: it leaves every other character as it
    /// is, so an XHTML document drops what XML cannot hold once it is finished
    /// (`XMLEscaping.removeForbidden`); other XML is written with `XMLEscaping.append`.
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
            guard let replacement = XMLEscaping.markupEntity(for: bytes[index]) else { continue }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            output.append(replacement)
            runStart = index + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    /// Appends a link destination percent-encoded as an HTML attribute value needs it:
    /// characters outside the URL-safe set become `%XX` (existing `%XX` escapes are
    /// kept), then `&` is escaped for the markup.
    static func appendEscapedURL(_ url: String, to output: inout ByteBuffer) {
        appendEscapedMarkup(URLPolicy.percentEncoded(url), to: &output)
    }
}
