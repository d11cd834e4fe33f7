/// GFM's disallowed raw HTML: the opening `<` of these tags is written as `&lt;`.
enum TagFilter {
    private static let disallowed: [[UInt8]] = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext",
    ].map { Array($0.utf8) }

    /// Appends `html`, escaping the `<` of every disallowed opening or closing tag.
    static func append(_ html: String, to output: inout ByteBuffer) {
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), isDisallowedTag(bytes, at: index) {
                output.append("&lt;")
            } else {
                output.append(bytes[index])
            }
            index += 1
        }
    }

    private static func isDisallowedTag(_ bytes: [UInt8], at index: Int) -> Bool {
        var nameStart = index + 1
        if nameStart < bytes.count, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
        for name in disallowed {
            let nameEnd = nameStart + name.count
            guard nameEnd <= bytes.count else { continue }
            var matches = true
            for offset in 0..<name.count where (bytes[nameStart + offset] | 0x20) != name[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            if nameEnd == bytes.count { return true }
            switch bytes[nameEnd] {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), 0x20, 0x09, 0x0A, 0x0C, 0x0D: return true
            default: continue
            }
        }
        return false
    }
}
