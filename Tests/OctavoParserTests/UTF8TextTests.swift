import Testing
@testable import OctavoParser

/// Octavo's UTF-8 check against the standard library's, and strings made from the parser's text.
@Suite struct UTF8TextTests {
    /// Bytes that start, continue or break UTF-8 sequences, the range limits among them.
    static let interestingBytes: [UInt8] = [
        0x00, 0x0A, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF,
    ]

    /// Every sequence of up to three interesting bytes, placed after ASCII or CJK text of
    /// every length up to twenty (so that it falls anywhere in an eight-byte word or a run
    /// of three-byte characters) and followed by more of the same text.
    @Test(arguments: ["", "a", "深"])
    func agreesWithTheStandardLibrary(_ filler: String) {
        let bytes = Self.interestingBytes
        var sequences: [[UInt8]] = bytes.map { [$0] }
        for first in bytes { for second in bytes { sequences.append([first, second]) } }
        for first in [UInt8](arrayLiteral: 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF4) {
            for second in bytes { for third in bytes { sequences.append([first, second, third]) } }
        }
        for count in [0, 1, 5, 7, 8, 9, 20] {
            let prefix = Array(String(repeating: filler, count: count).utf8)
            for sequence in sequences {
                let input = prefix + sequence + prefix
                let expected = String(validating: input, as: UTF8.self) != nil && !input.contains(0)
                #expect(input.withUnsafeBufferPointer(UTF8Text.isValidWithoutNul) == expected, "\(count) \(sequence)")
            }
        }
    }

    @Test func acceptsFourByteCharactersAndLongMixedText() {
        let text = Array(String(repeating: "ok 深度学习 😀 é\n", count: 50).utf8)
        #expect(text.withUnsafeBufferPointer(UTF8Text.isValidWithoutNul))
    }

    @Test func findsCharacterBoundaryEnds() {
        let text = Array("《深度》".utf8)
        let cases: [([UInt8], Bool)] = [
            ([], true), (Array("ab".utf8), true), (text, true), (Array(text.dropLast()), false),
            (Array(text.dropFirst()), false), ([0xF0, 0x9F, 0x98, 0x80], true), ([0x80, 0x80, 0x80, 0x80, 0x80], false),
        ]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBufferPointer(UTF8Text.hasCharacterBoundaryEnds) == expected, "\(bytes)")
        }
    }

    @Test func parsedTextIsCopiedAndCutTextRepaired() {
        let text = Array("深度 learning".utf8)
        #expect(String(parsedUTF8: text) == "深度 learning")
        #expect(String(parsedUTF8: text[3...]) == "度 learning")
        #expect(String(parsedUTF8: text[1...]) == String(decoding: text[1...], as: UTF8.self))
        #expect(String(parsedUTF8: text[..<5]) == String(decoding: text[..<5], as: UTF8.self))
    }
}
