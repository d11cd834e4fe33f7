import OctavoModel
import OctavoWriters
import Testing

@Suite struct LanguageDetectionTests {
    private let range = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    @Test(arguments: [
        ("这是一篇关于深度学习的文章。", "zh"),
        ("使用TensorFlow训练模型", "zh"),
        ("ひらがなと漢字", "ja"),
        ("한국어 문장입니다", "ko"),
        ("An English sentence that quotes 《中文》 once.", "en"),
        ("Ça c'est du français, écrit en lettres latines.", "en"),
        ("12345 !?", "en"),
    ])
    func detectsTheScriptMostOfTheTextIsWrittenIn(text: String, language: String) {
        #expect(LanguageDetection.language(ofText: text) == language)
    }

    @Test func frontMatterWinsAndIsReadAsALanguageTag() {
        let chinese = [Block(.paragraph([.text("这是中文。")]), range: range)]
        #expect(LanguageDetection.language(of: Document(metadata: Metadata(lang: "en_US"), blocks: chinese)) == "en-US")
        #expect(LanguageDetection.language(of: Document(metadata: Metadata(lang: "not a tag"), blocks: chinese)) == "zh")
        #expect(LanguageDetection.language(of: Document(blocks: chinese)) == "zh")
    }

    @Test func frontMatterLanguageCountsWhenItNamesALanguageOfProse() {
        let chinese = [Block(.paragraph([.text("这是中文。")]), range: range)]
        func declaring(_ language: String) -> Document {
            Document(metadata: Metadata(fields: [MetadataEntry(key: "language", value: .string(language))]), blocks: chinese)
        }
        #expect(LanguageDetection.language(of: declaring("en")) == "en")
        #expect(LanguageDetection.language(of: declaring("fr_CA")) == "fr-CA")
        #expect(LanguageDetection.language(of: declaring("Python")) == "zh")
        #expect(LanguageDetection.language(of: declaring("go")) == "zh")
        #expect(LanguageDetection.language(of: Document(metadata: Metadata(lang: "ja", fields: [MetadataEntry(key: "language", value: .string("en"))]),
                                                        blocks: chinese)) == "ja")
    }

    @Test func readsTitleAndProseButNotCode() {
        let code = Block(.codeBlock(CodeBlock(style: .fenced, info: "", text: String(repeating: "let value = 1\n", count: 50))), range: range)
        let document = Document(metadata: Metadata(title: "笔记"), blocks: [code, Block(.paragraph([.code("x")]), range: range)])
        #expect(LanguageDetection.language(of: document) == "zh")
    }
}
