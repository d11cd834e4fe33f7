import Testing
import OctavoModel
@testable import OctavoParser

/// The block phase in the kramdown dialect (`-f jekyll`): where kramdown 2.4 reads
/// blocks differently from CommonMark. Each expectation is kramdown's own output.
@Suite struct BlockParserKramdownTests {
    private func structure(_ text: String) -> [String] {
        Kramdown.structure(Kramdown.html(text)).filter { !$0.hasPrefix("/") }
    }

    @Test func aLineWithAPipeIsATableRowWithoutALeadingPipe() {
        #expect(structure("![a](x.png) | ![b](y.png)\n") == ["table", "tbody", "tr", "td", "img", "td", "img"])
        #expect(structure("a|b\n  c|d\n") == ["table", "tbody", "tr", "td", "td", "tr", "td", "td"])
        #expect(structure("1. a|b\n") == ["ol", "li", "table", "tbody", "tr", "td", "td"])
        #expect(structure("a \\| b\n") == ["p"])
    }

    @Test func tableRowsFollowedByOtherTextAreAParagraph() {
        #expect(structure("|a\nb\n") == ["p"])
        #expect(structure("a|b\n# h\n") == ["p", "h1"])
        #expect(structure("* |\nlazy\n") == ["ul", "li"])
    }

    @Test func rowsNeedABodyRow() {
        #expect(structure("|-\n") == ["p"])
        #expect(structure("|a\n|-\n") == ["p"])
        #expect(structure("|-\n|a\n") == ["table", "tbody", "tr", "td"])
    }

    @Test func aTableRowCannotInterruptAParagraph() {
        #expect(structure("text\na | b\n") == ["p"])
        #expect(structure("> quote\na | b\n") == ["blockquote", "p"])
    }

    @Test func anAttributeListAfterTableRowsKeepsTheTable() {
        #expect(structure("| a | b |\n|---|---|\n| c | d |\n{: .cls}\n\nq\n") ==
            ["table.cls", "thead", "tr", "th", "th", "tbody", "tr", "td", "td", "p"])
        #expect(structure("a | b\n{: .cls}\n") == ["table.cls", "tbody", "tr", "td", "td"])
    }

    @Test func displayMathGoesOnOverBlankLinesToItsClosingLine() {
        #expect(Kramdown.blocks("$$\na\n\nb\n$$\n").map(\.kind) == [.math("a\n\nb")])
        #expect(Kramdown.blocks("$$ a\n\n\nb $$\n\nx\n").map(\.kind).first == .math("a\n\n\nb"))
        #expect(structure("* $$\n  a\n\n  b\n  $$\n") == ["ul", "li", "div.math.display"])
        #expect(structure("$$\na\n\nb\n$$\n{: .c}\n") == ["div.math.display.c"])
        #expect(structure("- n\n\n  $$\n  a\n\n  b\n  $$\n- c\n") == ["ul", "li", "p", "div.math.display", "li", "p"])
    }

    @Test func displayMathWhoseClosingLineHasMoreTextIsParagraphs() {
        #expect(structure("$$ a\n\nb $$ c\n") == ["p", "p"])
        #expect(structure("$$ a\n\nb\n") == ["p", "p"])
        #expect(structure("$$\na\n\nb $$ c\n\nd $$\n") == ["p", "p", "p"])
    }

    /// kramdown wraps an item's first paragraph in `<p>` item by item.
    @Test func itemParagraphsAreWrappedWhenABlankLineFollowsThem() {
        #expect(Kramdown.html("- a\n- b\n\n- c\n") == "<ul>\n<li>a</li>\n<li>\n<p>b</p>\n</li>\n<li>c</li>\n</ul>\n")
        #expect(structure("- a\n\n- b\n") == ["ul", "li", "p", "li", "p"])
        #expect(structure("- a\n\n- b\n- c\n") == ["ul", "li", "p", "li", "li"])
        #expect(structure("- a\n\n- b\n\n- c\n- d\n") == ["ul", "li", "p", "li", "p", "li", "li"])
        #expect(structure("- a\n  b\n\n- c\n") == ["ul", "li", "p", "li", "p"])
        #expect(structure("- a\n- b\n\nx\n") == ["ul", "li", "li", "p"])
    }

    @Test func onlyTheFirstParagraphOfAnItemGoesWithoutP() {
        #expect(structure("- a\n  # h\n  b\n") == ["ul", "li", "h1", "p"])
        #expect(structure("- a\n  > q\n\n  b\n") == ["ul", "li", "blockquote", "p", "p"])
        #expect(structure("- # h\n  b\n\n- c\n") == ["ul", "li", "h1", "p", "li"])
    }

    /// kramdown's list markers: `-`, `*`, `+` or a number and a period, then a space.
    @Test func listMarkersAndWhenTheyInterruptAParagraph() {
        #expect(structure("p\n- a\n") == ["p", "ul", "li"])
        #expect(structure("p\n2. a\n") == ["p", "ol", "li"])
        #expect(structure("p\n* \n") == ["p", "ul", "li"])
        #expect(structure("1) a\n2) b\n") == ["p"])
        #expect(structure("1.\n") == ["p"])
        #expect(structure("-\n") == ["p"])
        #expect(structure("- a\n* b\n+ c\n") == ["ul", "li", "li", "li"])
        #expect(structure("*     x\n") == ["ul", "li"])
        #expect(structure("-     x\n\n      y\n") == ["ul", "li", "p", "p"])
    }

    @Test func aSetextHeadingHasOneLineOfText() {
        #expect(structure("d\n-\n") == ["h2"])
        #expect(structure("d\ny\n-\n") == ["p"])
        #expect(structure("d\ny\n===\n") == ["p"])
        #expect(structure("***\na\n=\n") == ["hr", "p"])
        #expect(structure("p\n\nq\n=\n") == ["p", "h1"])
        #expect(structure("{: .c}\nq\n-\n") == ["h2.c"])
    }

    @Test func onlyAThematicBreakLikeABulletItemInterruptsAParagraph() {
        #expect(structure("d\ny\n***\n") == ["p"])
        #expect(structure("x\n* * *\n") == ["p", "hr"])
        #expect(structure("d\n\n***\n") == ["p", "hr"])
    }

    @Test func anUnclosedFenceIsText() {
        #expect(structure("```\na\n") == ["p"])
        #expect(structure("~~~ ruby\nx\n\ny\n") == ["p", "p"])
        #expect(structure("```\na\n``` x\n") == ["p", "code"])
        #expect(structure("```\na\n  ````\n") == ["pre", "code"])
        #expect(structure("> ```\n> a\n> ```\n") == ["blockquote", "pre", "code"])
        #expect(structure("p\n```\na\n```\n") == ["p", "pre", "code"])
    }

    /// kramdown: any line right after a line with text belongs to the list item or quote.
    @Test func lazyLinesStayInListItemsAndQuotes() {
        #expect(structure("- a\n# h\n") == ["ul", "li", "h1"])
        #expect(structure("- a\n> q\n") == ["ul", "li", "blockquote", "p"])
        #expect(structure("- a\n1. b\n") == ["ul", "li", "ol", "li"])
        #expect(structure(" 10. t\n    - a\n") == ["ol", "li"])
        #expect(structure("10. t\n    - a\n") == ["ol", "li", "ul", "li"])
        #expect(structure("> a\n# h\n") == ["blockquote", "p", "h1"])
        #expect(structure("> a\n- b\n") == ["blockquote", "p", "ul", "li"])
    }

    @Test func blanksItemsBlockTagsAndAttributeListsEndThem() {
        #expect(structure("- a\n\nb\n") == ["ul", "li", "p"])
        #expect(structure("- a\n* b\n") == ["ul", "li", "li"])
        #expect(structure("- a\n<div>x</div>\n") == ["ul", "li", "div"])
        #expect(structure("- a\n{: .c}\n") == ["ul.c", "li"])
        #expect(structure("> a\n{: .c}\n") == ["blockquote.c", "p"])
        #expect(structure("- a\n\n{: .x}\n- b\n") == ["ul", "li", "ul.x", "li"])
    }

    @Test func aTableStartsAfterABlankLineOrAtTheStartOfItsContainer() {
        #expect(structure("text\n| a |\n|---|\n| b |\n") == ["p"])
        #expect(structure("{: .c}\n| a | b\n") == ["table.c", "tbody", "tr", "td", "td"])
        #expect(structure("# h\n|a|\n") == ["h1", "p"])
        #expect(structure("x\n{: .c}\n| a | b\n") == ["p.c", "p"])
        #expect(structure("x\n{: .c}\n\n| a | b\n") == ["p.c", "table", "tbody", "tr", "td", "td"])
        #expect(structure("> |a|\n") == ["blockquote", "table", "tbody", "tr", "td"])
        #expect(structure("> x\n> - a | b\n") == ["blockquote", "p", "ul", "li", "table", "tbody", "tr", "td", "td"])
        #expect(structure("> x\n>\n> |a|\n") == ["blockquote", "p", "table", "tbody", "tr", "td"])
    }

    @Test func aTableNeedsABodyRowBeforeItsFooter() {
        #expect(structure("|a\n|---|\n|===|\n|b\n") == ["p"])
        #expect(structure("|a\n|===|\n|b\n") == ["table", "tbody", "tr", "td", "tr", "td"])
        #expect(structure("|a\n|b\n|-\n") == ["p"])
    }

    @Test func aFirstParagraphWithoutPDropsItsAttributes() {
        #expect(structure("1. a\n   {: .d}\n2. y\n") == ["ol", "li", "li"])
    }

    @Test func displayMathStartsAfterABlankLineOrAtTheStartOfItsContainer() {
        #expect(structure("# h\n$$\nx\n$$\n") == ["h1", "p", "span.math.inline"])
        #expect(structure("# h\n\n$$\nx\n$$\n") == ["h1", "div.math.display"])
        #expect(structure("- $$x$$\n") == ["ul", "li", "div.math.display"])
    }

    @Test func indentedCodeTakesLazyLines() {
        #expect(Kramdown.blocks("    a\nx\n").map(\.kind) == [.codeBlock(CodeBlock(style: .indented, info: "", text: "a\nx\n"))])
        #expect(structure("    a\n\nx\n") == ["pre", "code", "p"])
        #expect(structure("    a\n{: .c}\n") == ["pre.c", "code"])
    }

    @Test func aLinkDefinitionIsABlockOfItsOwn() {
        #expect(structure("[x]: /u\n    a\n") == ["pre", "code"])
        #expect(structure("[x]: /u\n*[W3C]: value\n\nW3C\n") == ["p", "abbr"])
        #expect(structure("[x]: /u\ntext [x]\n") == ["p", "a"])
    }

    @Test func aFootnoteDefinitionTakesNoLazyLinesAndYieldsToATableRow() {
        #expect(structure("[^1]: t\nlazy\n") == ["p"])
        #expect(structure("[^1]: a | b\n") == ["table", "tbody", "tr", "td", "td"])
        #expect(structure("text\n[^1]: note\n\nx[^1]\n") == ["p", "p"])
    }

    /// Right after a line of a list, a line that starts one of its items is an item, even
    /// if it reads as a thematic break; after a blank line it is the break.
    @Test func aListItemBeforeAThematicBreak() {
        #expect(structure("* a\n- --\n") == ["ul", "li", "li"])
        #expect(structure("- a\n\n- - -\n") == ["ul", "li", "hr"])
    }

    /// A pipe right after a list marker is the item's first text (`-|a|b|`, a table row).
    @Test func aPipeMayFollowAListMarker() {
        #expect(structure("a\n-|b\n") == ["p", "ul", "li", "table", "tbody", "tr", "td"])
    }

    /// Table rows of an item end where its first nested list starts.
    @Test func rowsEndBeforeTheFirstNestedList() {
        #expect(structure("+ a|b\n  - x\n") == ["ul", "li", "table", "tbody", "tr", "td", "td", "ul", "li"])
    }

    /// A lazy line goes on a definition as on a list item; in a quote, `>` alone counts as
    /// a blank line for the lazy lines of the items and definitions inside it.
    @Test func lazyLinesInDefinitionsAndQuotedItems() {
        #expect(structure("4\n: \n1\n") == ["dl", "dt", "dd"])
        #expect(Kramdown.html("a\n: b\nc\n: d\n").contains("<dd>b\nc</dd>"))
        #expect(structure(">1. *\n>\nx\n") == ["blockquote", "ol", "li", "p"])
    }

    /// `$$` opens display math only if another `$$` follows somewhere; else a pipe makes a table row.
    @Test func displayMathNeedsAClosingDollarPair() {
        #expect(structure("$$ a|b\n") == ["table", "tbody", "tr", "td", "td"])
        #expect(structure("$$$$|\n") == ["table", "tbody", "tr", "td", "span.math.inline"])
    }

    /// An attribute list definition after display math is a block boundary too.
    @Test func anAttributeListDefinitionEndsDisplayMath() {
        #expect(structure("$$\n$$\n{:a: .b}\npara\n") == ["div.math.display", "p"])
    }

    /// After an indented line, any line goes on a footnote definition up to a blank line.
    @Test func aFootnoteDefinitionTakesLinesAfterAnIndentedOne() {
        #expect(structure("[^a]:\n    .\n### r\n") == [])
        #expect(structure("[^1]:\n    *\n|\n\n|\n") == ["table", "tbody", "tr", "td"])
    }

    @Test func anATXHeadingNeedsText() {
        #expect(structure("#\n") == ["p"])
        #expect(structure("p\n# \n") == ["p"])
        #expect(structure("# h\n") == ["h1"])
    }

    /// An item with nothing on its first line continues at column 5, wherever its marker.
    @Test func anItemWithAnEmptyFirstLineContinuesAtColumnFive() {
        #expect(structure("  1. \n    + a\n") == ["ol", "li", "ul", "li"])
    }
}
