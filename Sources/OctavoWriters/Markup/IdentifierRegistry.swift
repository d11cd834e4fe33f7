import OctavoModel
import OctavoXML

/// The identifiers of an XHTML document, each written at most once; pandoc's tree of
/// several posts takes its renamed identifiers from one too (`claimFirstFree`).
///
/// Headings get theirs first, before anything is written: every heading keeps its
/// identifier or gets `section-N`, white space becomes `-`, and a repeat gets `-2`,
/// `-3`, …, so the table of contents and a book's navigation can link to all of them.
/// Identifiers of other elements are written only when no heading has them and nothing
/// before used them. The footnote identifiers (`fnN`, `fnrefN`, `fnrefN-M`) are kept
/// for the footnotes.
struct IdentifierRegistry {
    private var headings: Set<String> = []
    private var used: Set<String> = []
    /// Heading identifiers as written in the post, where the document has another.
    private(set) var renamed: [String: String] = [:]

    init() {}

    /// Gives every heading of `blocks` its unique identifier and keeps them for the headings.
    init(assigningHeadingsOf blocks: inout [Block]) {
        var count = 0
        var registry = IdentifierRegistry()
        blocks.updateEachBlock { block in
            guard case .heading = block.kind else { return }
            count += 1
            let written = block.attributes.id
            let base = written.flatMap(XHTMLAttributes.identifier) ?? "section-\(count)"
            var id = base
            var repeats = 1
            while registry.headings.contains(id) || Self.isFootnoteIdentifier(id) {
                repeats += 1
                id = "\(base)-\(repeats)"
            }
            registry.headings.insert(id)
            if let written, written != id, !registry.headings.contains(written), registry.renamed[written] == nil {
                registry.renamed[written] = id
            }
            block.attributes.id = id
        }
        self = registry
    }

    /// `id` when it is free for an element other than a heading, which then has it; nil otherwise.
    mutating func claim(_ id: String) -> String? {
        guard !headings.contains(id), !Self.isFootnoteIdentifier(id), used.insert(id).inserted else { return nil }
        return id
    }

    /// `base` when it is free, else the first of `base-2`, `base-3`, … that is; it is
    /// then taken. For documents made of several posts, which rename every identifier.
    mutating func claimFirstFree(_ base: String) -> String {
        var id = base
        var repeats = 1
        while claim(id) == nil {
            repeats += 1
            id = "\(base)-\(repeats)"
        }
        return id
    }

    /// A heading's identifier, as `init(assigningHeadingsOf:)` gave it; nil when it was written already.
    mutating func claimHeading(_ id: String) -> String? {
        used.insert(id).inserted ? id : nil
    }

    /// `href` with a same-document fragment pointing at the heading's identifier when
    /// the heading had to get another one.
    func target(of href: String) -> String {
        guard href.hasPrefix("#"), let id = renamed[String(href.dropFirst())] else { return href }
        return "#" + id
    }

    /// `fn` or `fnref` and digits, optionally `-` and digits after `fnref`.
    private static func isFootnoteIdentifier(_ id: String) -> Bool {
        let rest: Substring
        if id.hasPrefix("fnref") {
            rest = id.dropFirst(5)
        } else if id.hasPrefix("fn") {
            rest = id.dropFirst(2)
        } else {
            return false
        }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), id.hasPrefix("fnref") || parts.count == 1 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }
}
