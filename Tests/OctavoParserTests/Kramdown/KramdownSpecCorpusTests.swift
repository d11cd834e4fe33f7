import Testing

/// kramdown's own test cases (in the shared folder's `spec/kramdown`), compared by
/// element structure with the HTML kramdown gives them.
@Suite struct KramdownSpecCorpusTests {
    @Test(arguments: [
        "span/ial/simple",
        "block/12_extension/comment", "block/12_extension/nomarkdown", "span/extension/comment", "span/extension/nomarkdown",
    ] + [
        "simple", "multiple_terms", "para_wrapping", "with_blocks", "too_much_space", "no_def_list",
        "definition_at_beginning", "item_ial", "deflist_ial", "styled_terms",
    ].map { "block/13_definition_list/" + $0 })
    func kramdownCase(_ name: String) throws {
        let (text, html) = try Kramdown.specCase(name)
        #expect(Kramdown.structure(Kramdown.html(text)) == Kramdown.structure(html))
    }
}
