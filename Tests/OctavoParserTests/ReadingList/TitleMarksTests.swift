import Testing
@testable import OctavoParser

@Suite struct TitleMarksTests {
    /// The quick scalar-by-scalar form and the general one agree on every kind of title.
    @Test(arguments: [
        "Deep Learning", "  Deep\t\tLEARNING \n", "", "   ", "深度学习", "深度 学习", "深度\u{3000}学习 ",
        "A\u{00A0}B", "Python 编程：入门", "Ｐｙｔｈｏｎ", "Café Society", "a \u{301}b", "x\u{0600} y", "\r\nA\r\nB\r\n",
        "ΑΒΓ", "İstanbul", "论语·学而",
    ])
    func normalisesAsCharactersDo(_ title: String) {
        #expect(TitleMarks.normalise(title) == title.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased())
    }

    /// A `《` is found wherever it stands in an eight-byte word, and near misses are not.
    @Test func findsAnOpenMarkAnywhere() {
        for count in 0..<20 {
            let prefix = String(repeating: "度", count: count / 3) + String(repeating: "a", count: count % 3)
            #expect(TitleMarks.holdsOpenMark(prefix + "《书》"), "\(count)")
            #expect(TitleMarks.holdsOpenMark(prefix + "《"), "\(count)")
            #expect(!TitleMarks.holdsOpenMark(prefix + "》〈〉「」\u{8A}"), "\(count)")
        }
    }
}
