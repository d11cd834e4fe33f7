/// What a highlighted piece of code is; each kind is written as a `span` whose class
/// the stylesheet colours.
enum HighlightKind: UInt8, CaseIterable, Sendable {
    case comment, string, number, keyword, type, builtin, literal, `operator`, meta, variable, property
    case tag, attribute, heading, emphasis, link, inserted, deleted, section

    /// The `class` of the span, such as `hl-comment`.
    var className: StaticString {
        switch self {
        case .comment: "hl-comment"
        case .string: "hl-string"
        case .number: "hl-number"
        case .keyword: "hl-keyword"
        case .type: "hl-type"
        case .builtin: "hl-builtin"
        case .literal: "hl-literal"
        case .operator: "hl-operator"
        case .meta: "hl-meta"
        case .variable: "hl-variable"
        case .property: "hl-property"
        case .tag: "hl-tag"
        case .attribute: "hl-attribute"
        case .heading: "hl-heading"
        case .emphasis: "hl-emphasis"
        case .link: "hl-link"
        case .inserted: "hl-inserted"
        case .deleted: "hl-deleted"
        case .section: "hl-section"
        }
    }
}

/// One highlighted piece of code: a kind and the byte offsets it covers.
struct HighlightToken: Equatable, Sendable {
    let kind: HighlightKind
    let start: Int
    let end: Int
}
