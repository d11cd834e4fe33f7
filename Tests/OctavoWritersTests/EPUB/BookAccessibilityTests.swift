import Testing
@testable import OctavoWriters

/// The accessibility metadata comes from what the chapters hold.
@Suite struct BookAccessibilityTests {
    private func book(_ chapters: [String], images: [BookImage] = [], language: String = "en") -> Book {
        Book(identifier: "urn:uuid:00000000-0000-5000-8000-000000000000", title: "T", creators: [], language: language,
             modified: 0,
             chapters: chapters.enumerated().map { index, text in
                 BookChapter(href: EPUBFormat.chapterHref(index: index), title: "C\(index)", bytes: Array(text.utf8),
                             containsMathML: text.contains("<math"), headings: [])
             },
             images: images, stylesheet: [], tableOfContentsDepth: 2)
    }

    @Test func countsImagesFormulasAndTablesAsTheChaptersHoldThem() {
        let accessibility = BookAccessibility(book([
            "<p><img src=\"a.png\" alt=\"A chart\" /> <img src=\"b.png\" alt=\"\" /></p><table><tr><td>1</td></tr></table>",
            "<p><math xmlns=\"http://www.w3.org/1998/Math/MathML\" alttext=\"x^2\"><mi>x</mi></math>"
                + "<math display=\"block\"><mi>y</mi></math><imgx/><img alt=\"  \" src=\"c.svg\"/></p>",
        ], images: [BookImage(href: "media/a.gif", mediaType: .gif)]))
        #expect(accessibility.chapters == 2)
        #expect(accessibility.images == 3 && accessibility.imagesWithoutText == 2)
        #expect(accessibility.formulas == 2 && accessibility.formulasWithoutText == 1)
        #expect(accessibility.tables == 1)
        #expect(accessibility.accessModes == ["textual", "visual"])
        #expect(accessibility.sufficientModes == ["textual,visual"])
        #expect(accessibility.features == ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability", "MathML"])
        #expect(accessibility.hazards == ["unknown"])
        #expect(accessibility.summary(language: "en") == "This book has 2 chapters and a table of contents; headings divide each "
            + "chapter and can be navigated. 1 of its 3 images has a text description; 2 do not. 2 formulas are written in "
            + "MathML, with the TeX source as a text alternative. 1 table is marked up as HTML tables.")
    }

    @Test func aBookOfDescribedImagesAndMathIsSufficientAsText() {
        let accessibility = BookAccessibility(book(["<p><img src=\"a.png\" alt=\"A\"/><math alttext=\"x\"><mi>x</mi></math></p>"],
                                                   language: "zh"))
        #expect(accessibility.sufficientModes == ["textual", "textual,visual"])
        #expect(accessibility.features.contains("alternativeText") && accessibility.features.contains("describedMath"))
        #expect(accessibility.hazards == ["none"])
        #expect(accessibility.summary(language: "zh").hasPrefix("本书共 1 章"))
        #expect(BookAccessibility(book(["<p>Text</p>"])).accessModes == ["textual"])
    }
}
