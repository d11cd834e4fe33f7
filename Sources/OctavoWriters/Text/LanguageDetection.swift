import OctavoModel
import OctavoXML

/// The language of a post: what its front matter says, else what its letters are
/// written in. Content documents put it on `<html>`, books in `dc:language`.
public enum LanguageDetection {
    /// The language the front matter declares (`declaredLanguage(of:)`), else the
    /// language of the title and the prose (code and math left out).
    public static func language(of document: Document) -> String {
        if let declared = declaredLanguage(of: document.metadata) { return declared }
        var counts = ScriptCounts()
        counts.add(document.metadata.title ?? "")
        document.blocks.forEachBlock { block in
            switch block.kind {
            case .paragraph(let content): counts.add(content.plainText)
            case .heading(let heading): counts.add(heading.content.plainText)
            case .table(let table): (table.header + table.rows.joined()).forEach { counts.add($0.plainText) }
            case .definitionList(let list): list.items.flatMap(\.terms).forEach { counts.add($0.content.plainText) }
            case .thematicBreak, .blockQuote, .list, .codeBlock, .html, .footnoteDefinition, .math, .tableOfContents: break
            }
        }
        return counts.language
    }

    /// The front matter's `lang`, else its `language` when that is a language tag with a
    /// two- or three-letter language (`language: Python` names no language of prose), as a
    /// tag (`zh_CN` read as `zh-CN`).
    public static func declaredLanguage(of metadata: Metadata) -> String? {
        if let declared = metadata.lang.flatMap(LanguageTag.normalised) { return declared }
        guard case .string(let value)? = metadata[field: "language"], let tag = LanguageTag.normalised(value) else { return nil }
        let primary = tag.prefix { $0 != "-" }.lowercased()
        guard (2...3).contains(primary.count), !programmingLanguages.contains(primary) else { return nil }
        return tag
    }

    /// Short names of programming languages that a post's `language` may give.
    private static let programmingLanguages: Set<String> = ["go", "js", "ts", "py", "rb", "rs", "sh", "sql", "css", "php", "lua", "asm", "vb", "cpp", "tex", "awk", "zsh", "vim", "hs", "ml"]

    /// The language of `text`: `zh`, `ja` (any kana) or `ko` (more hangul than Han)
    /// when its CJK characters, each counted as four Latin letters, are at least as
    /// many as its Latin letters; `en` otherwise.
    public static func language(ofText text: String) -> String {
        var counts = ScriptCounts()
        counts.add(text)
        return counts.language
    }

    private struct ScriptCounts {
        private var han = 0, kana = 0, hangul = 0, latin = 0

        mutating func add(_ text: String) {
            for scalar in text.unicodeScalars {
                switch WritingScript(scalar) {
                case .han?: han += 1
                case .kana?: kana += 1
                case .hangul?: hangul += 1
                case .latin?: latin += 1
                case nil: continue
                }
            }
        }

        var language: String {
            let cjk = han + kana + hangul
            guard cjk > 0, cjk * 4 >= latin else { return "en" }
            if kana > 0 { return "ja" }
            return hangul > han ? "ko" : "zh"
        }
    }
}
