/// What may go inside an element of sanitised HTML.
enum ContentModel {
    /// Block and inline content.
    case flow
    /// Inline content only.
    case phrasing
    /// `li` only (`ul`, `ol`).
    case list
    /// `dt` and `dd` only.
    case definitionList
    /// `caption` first, one `thead`, then `tbody` sections.
    case table
    /// `tr` only (`thead`, `tbody`).
    case tableSection
    /// `td` and `th` only.
    case tableRow
    /// Nothing: a void element.
    case empty
}

/// Where an element or text may stand, as its parent's content model decides.
enum Placement: Equatable {
    case text
    case phrasing
    /// An `a`, which may not stand inside another.
    case link
    case flow
    case listItem
    case definitionPart
    case caption
    case tableHead
    case tableBody
    case tableRow
    case tableCell
}

/// How one HTML element is carried into XHTML.
enum FragmentElement {
    /// Written as `name`, placed where `placement` may stand, holding `content`.
    case kept(name: String, placement: Placement, content: ContentModel)
    /// Left out with everything inside it, and reported: scripts, styles, embedded
    /// objects, forms and document-level elements.
    case dropped
    /// Left out, its content kept in its place: unknown and presentational elements.
    case unwrapped

    /// The treatment of the element named `name` (lower-case, as libxml2 gives it).
    init(_ name: String) {
        if let kept = Self.keptNames[name] {
            self = .kept(name: kept.name ?? name, placement: kept.placement, content: kept.content)
        } else if Self.droppedNames.contains(name) {
            self = .dropped
        } else {
            self = .unwrapped
        }
    }

    private static let droppedNames: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "form", "input", "button", "select", "textarea",
        "option", "optgroup", "datalist", "output", "frameset", "frame", "noframes", "noembed", "noscript",
        "template", "head", "title", "meta", "link", "base", "svg", "math", "canvas", "audio", "video", "source",
        "track", "param", "map", "area", "dialog",
    ]

    private static let keptNames: [String: (name: String?, placement: Placement, content: ContentModel)] = {
        var table: [String: (name: String?, placement: Placement, content: ContentModel)] = [:]
        for name in ["abbr", "b", "bdi", "cite", "code", "del", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
                     "small", "span", "strong", "sub", "sup", "u", "var"] {
            table[name] = (nil, .phrasing, .phrasing)
        }
        for name in ["br", "wbr", "img"] { table[name] = (nil, .phrasing, .empty) }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"] { table[name] = (nil, .flow, .phrasing) }
        for name in ["div", "blockquote"] { table[name] = (nil, .flow, .flow) }
        for name in ["section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption",
                     "address", "center", "details", "summary", "hgroup"] {
            table[name] = ("div", .flow, .flow)
        }
        table["tt"] = ("code", .phrasing, .phrasing)
        table["strike"] = ("s", .phrasing, .phrasing)
        table["a"] = (nil, .link, .phrasing)
        table["hr"] = (nil, .flow, .empty)
        table["ul"] = (nil, .flow, .list)
        table["ol"] = (nil, .flow, .list)
        table["li"] = (nil, .listItem, .flow)
        table["dl"] = (nil, .flow, .definitionList)
        table["dt"] = (nil, .definitionPart, .phrasing)
        table["dd"] = (nil, .definitionPart, .flow)
        table["table"] = (nil, .flow, .table)
        table["caption"] = (nil, .caption, .phrasing)
        table["thead"] = (nil, .tableHead, .tableSection)
        table["tbody"] = (nil, .tableBody, .tableSection)
        table["tfoot"] = ("tbody", .tableBody, .tableSection)
        table["tr"] = (nil, .tableRow, .tableRow)
        table["td"] = (nil, .tableCell, .flow)
        table["th"] = (nil, .tableCell, .phrasing)
        return table
    }()
}

extension ContentModel {
    /// Whether content placed as `placement` may stand directly inside; `hasChildren` and
    /// `hasSection` say what a table already holds.
    func accepts(_ placement: Placement, insideLink: Bool, hasChildren: Bool, hasSection: Bool) -> Bool {
        switch (self, placement) {
        case (.flow, .text), (.flow, .phrasing), (.flow, .flow), (.phrasing, .text), (.phrasing, .phrasing):
            return true
        case (.flow, .link), (.phrasing, .link):
            return !insideLink
        case (.list, .listItem), (.definitionList, .definitionPart), (.table, .tableBody), (.tableSection, .tableRow),
             (.tableRow, .tableCell):
            return true
        case (.table, .caption):
            return !hasChildren
        case (.table, .tableHead):
            return !hasSection
        default:
            return false
        }
    }

    /// The element to open, as an implied wrapper, so that content placed as `placement`
    /// can stand inside this one: `li` in lists, `dd` in definition lists, `tbody`, `tr`
    /// and `td` in tables; nil when no wrapper leads there.
    func wrapper(for placement: Placement) -> (name: String, content: ContentModel)? {
        let isContent = [.text, .phrasing, .link, .flow].contains(placement)
        switch self {
        case .list: return isContent ? ("li", .flow) : nil
        case .definitionList: return isContent ? ("dd", .flow) : nil
        case .table: return isContent || placement == .tableRow || placement == .tableCell ? ("tbody", .tableSection) : nil
        case .tableSection: return isContent || placement == .tableCell ? ("tr", .tableRow) : nil
        case .tableRow: return isContent ? ("td", .flow) : nil
        case .flow, .phrasing, .empty: return nil
        }
    }

    /// Whether text of white space alone is left out here rather than given a wrapper.
    var dropsWhiteSpace: Bool {
        switch self {
        case .list, .definitionList, .table, .tableSection, .tableRow, .empty: return true
        case .flow, .phrasing: return false
        }
    }
}
