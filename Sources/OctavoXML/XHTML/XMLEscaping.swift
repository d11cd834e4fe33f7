/// Text written into XML: markup characters escaped, characters XML 1.0 cannot hold
/// (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) left out.
enum XMLEscaping {
    /// Appends `text`; in an attribute, `"` and the white space that attribute-value
    /// normalisation would fold are written as references.
    static func append(_ text: String, to output: inout [UInt8], inAttribute: Bool) {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22 where inAttribute: output.append(contentsOf: "&quot;".utf8)
            case 0x09 where !inAttribute, 0x0A where !inAttribute: output.append(UInt8(scalar.value))
            case 0x09, 0x0A, 0x0D: output.append(contentsOf: "&#\(scalar.value);".utf8)
            case 0x00..<0x20, 0xFFFE, 0xFFFF: continue
            default: output.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }
}
