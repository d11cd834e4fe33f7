import OctavoModel
import Testing

/// One rule for the characters XML 1.0 cannot hold, and the escaping of markup
/// characters in text and attribute values.
@Suite struct XMLEscapingTests {
    /// Every class XML forbids: C0 controls other than tab, line feed and carriage return,
    /// U+FFFE and U+FFFF.
    static let forbidden: [Unicode.Scalar] = (0x00..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) }
        .compactMap(Unicode.Scalar.init) + ["\u{FFFE}", "\u{FFFF}"]

    @Test func isAllowedFollowsXML() {
        for scalar in Self.forbidden { #expect(!XMLEscaping.isAllowed(scalar), "U+\(String(scalar.value, radix: 16))") }
        for scalar: Unicode.Scalar in ["\t", "\n", "\r", " ", "a", "\u{7F}", "\u{85}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}"] {
            #expect(XMLEscaping.isAllowed(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test(arguments: [XMLEscaping.Context.text, .attribute])
    func forbiddenCharactersAreDroppedInEveryContext(_ context: XMLEscaping.Context) {
        for scalar in Self.forbidden {
            #expect(XMLEscaping.escaped("a\(scalar)b", in: context) == "ab", "U+\(String(scalar.value, radix: 16))")
        }
        #expect(XMLEscaping.escaped(String(String.UnicodeScalarView(Self.forbidden)), in: context).isEmpty)
    }

    @Test func markupCharactersAreEscapedInEveryContext() {
        #expect(XMLEscaping.escaped("a & b < c > d \"e\" 'f'", in: .text) == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
        #expect(XMLEscaping.escaped("a & b < c > d \"e\" 'f'", in: .attribute) == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'")
    }

    @Test func whiteSpaceIsKeptInTextAndReferencedInAttributes() {
        #expect(XMLEscaping.escaped("a\tb\nc\rd", in: .text) == "a\tb\nc&#13;d")
        #expect(XMLEscaping.escaped("a\tb\nc\rd", in: .attribute) == "a&#9;b&#10;c&#13;d")
    }

    @Test func otherCharactersAreKeptAsTheyAre() {
        let text = "é 深度学习 \u{FFFD} \u{FEFF} \u{EFBF} 😀 \u{7F}"
        #expect(XMLEscaping.escaped(text, in: .text) == text)
        #expect(XMLEscaping.escaped(text, in: .attribute) == text)
    }

    @Test func encodedSurrogatesAreDroppedFromBytes() {
        // U+D800 and U+DFFF as UTF-8 would encode them, which a Swift string cannot hold.
        let bytes: [UInt8] = [0x61, 0xED, 0xA0, 0x80, 0x62, 0xED, 0xBF, 0xBF, 0x63, 0xED, 0x9F, 0xBF]
        var escaped: [UInt8] = []
        bytes.withUnsafeBufferPointer { XMLEscaping.append($0, to: &escaped, in: .text) }
        #expect(escaped == [0x61, 0x62, 0x63, 0xED, 0x9F, 0xBF])
        var filtered = bytes
        XMLEscaping.removeForbidden(from: &filtered)
        #expect(filtered == escaped)
    }

    @Test func aStringDecodedFromALoneSurrogateHoldsNone() {
        let decoded = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
        #expect(decoded.unicodeScalars.allSatisfy(XMLEscaping.isAllowed))
        #expect(XMLEscaping.escaped(decoded, in: .text) == decoded)
    }

    @Test func removeForbiddenKeepsMarkupAndDropsTheRest() {
        var bytes = Array("<p a=\"1\">x\u{0}y\u{1B}z\u{FFFE}\u{FFFF}\u{FFFD}\t\n\r</p>".utf8)
        XMLEscaping.removeForbidden(from: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "<p a=\"1\">xyz\u{FFFD}\t\n\r</p>")
        var clean = Array("<p>fine</p>".utf8)
        XMLEscaping.removeForbidden(from: &clean)
        #expect(clean == Array("<p>fine</p>".utf8))
    }

    @Test func forbiddenCharactersAreNotText() {
        #expect(!"\u{1}\u{FFFE} \u{FFFF}\t".hasText)
        #expect("\u{1}a".hasText)
    }
}
