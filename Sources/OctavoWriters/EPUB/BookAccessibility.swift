/// What a book offers readers who use assistive technology, as EPUB Accessibility 1.1
/// asks a package to say (`schema:accessMode`, `accessModeSufficient`,
/// `accessibilityFeature`, `accessibilityHazard`, `accessibilitySummary`), found from
/// what the chapters really hold: images with and without a text alternative, and
/// formulas with their TeX as `alttext`.
struct BookAccessibility: Equatable {
    var chapters = 0
    var images = 0
    var imagesWithoutText = 0
    var formulas = 0
    var formulasWithoutText = 0
    var tables = 0
    /// Whether any image may move (GIF), so that flashing cannot be ruled out.
    var mayMove = false

    init(_ book: Book) {
        chapters = book.chapters.count
        for chapter in book.chapters {
            for tag in Self.startTags(named: "img", in: chapter.bytes) {
                images += 1
                if !Self.hasText(attribute: "alt", in: tag) { imagesWithoutText += 1 }
            }
            for tag in Self.startTags(named: "math", in: chapter.bytes) {
                formulas += 1
                if !Self.hasText(attribute: "alttext", in: tag) { formulasWithoutText += 1 }
            }
            tables += Self.startTags(named: "table", in: chapter.bytes).count
        }
        mayMove = book.images.contains { $0.mediaType == .gif }
    }

    /// The modes a reader needs to take in the whole book.
    var accessModes: [String] { images > 0 ? ["textual", "visual"] : ["textual"] }

    /// The sets of modes that are each enough to take in the whole book.
    var sufficientModes: [String] {
        var modes = images > 0 ? ["textual,visual"] : []
        if imagesWithoutText == 0 { modes.insert("textual", at: 0) }
        return modes
    }

    var features: [String] {
        // A reflowable book whose look comes from one stylesheet can be restyled by the reader.
        var features = ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"]
        if images > 0, imagesWithoutText == 0 { features.append("alternativeText") }
        if formulas > 0 { features.append("MathML") }
        if formulas > 0, formulasWithoutText == 0 { features.append("describedMath") }
        return features
    }

    var hazards: [String] { mayMove ? ["unknown"] : ["none"] }

    /// One paragraph, in the book's language, made from the counts.
    func summary(language: String) -> String {
        let chinese = language.lowercased().hasPrefix("zh")
        var sentences: [String] = []
        if chinese {
            sentences.append("本书共 \(chapters) 章，附目录；各章以标题分节，可按标题浏览。")
            if images > 0 {
                sentences.append(imagesWithoutText == 0 ? "全部 \(images) 幅图片均有文字说明。"
                    : "\(images) 幅图片中有 \(images - imagesWithoutText) 幅有文字说明，\(imagesWithoutText) 幅没有。")
            }
            if formulas > 0 { sentences.append("\(formulas) 个公式以 MathML 排版，并附 TeX 原文作为文字替代。") }
            if tables > 0 { sentences.append("\(tables) 个表格以 HTML 表格标记。") }
        } else {
            sentences.append("This book has \(chapters) \(chapters == 1 ? "chapter" : "chapters") and a table of contents; "
                + "headings divide each chapter and can be navigated.")
            if images > 0 {
                sentences.append(imagesWithoutText == 0
                    ? "All \(images) \(images == 1 ? "image has" : "images have") a text description."
                    : "\(images - imagesWithoutText) of its \(images) images \(images - imagesWithoutText == 1 ? "has" : "have") "
                        + "a text description; \(imagesWithoutText) " + (imagesWithoutText == 1 ? "does not." : "do not."))
            }
            if formulas > 0 {
                sentences.append("\(formulas) \(formulas == 1 ? "formula is" : "formulas are") written in MathML, with the TeX "
                    + "source as a text alternative.")
            }
            if tables > 0 { sentences.append("\(tables) \(tables == 1 ? "table is" : "tables are") marked up as HTML tables.") }
        }
        return sentences.joined(separator: chinese ? "" : " ")
    }

    /// The start tags `<name …>` in `bytes`, each as its bytes up to the closing `>`.
    private static func startTags(named name: String, in bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        let opening = Array(("<" + name).utf8)
        var tags: [ArraySlice<UInt8>] = []
        var index = 0
        while index + opening.count < bytes.count {
            if bytes[index] == opening[0], bytes[index..<(index + opening.count)].elementsEqual(opening),
               bytes[index + opening.count] == 0x20 || bytes[index + opening.count] == 0x3E || bytes[index + opening.count] == 0x2F {
                let end = bytes[index...].firstIndex(of: 0x3E) ?? bytes.count
                tags.append(bytes[index..<end])
                index = end
            } else {
                index += 1
            }
        }
        return tags
    }

    /// Whether `tag` has the attribute `name` with a value that is not blank.
    private static func hasText(attribute name: String, in tag: ArraySlice<UInt8>) -> Bool {
        let marker = Array((" " + name + "=\"").utf8)
        guard let start = tag.indices.first(where: { tag[$0...].starts(with: marker) }) else { return false }
        let value = tag[(start + marker.count)...].prefix { $0 != 0x22 }
        return value.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
    }
}
