import OctavoModel
import OctavoXML

/// Where the links of one chapter point in the book, once the identifiers of every
/// chapter are known: as `BookLinks` points them, and a link whose fragment names no
/// element of its target chapter (a typo in `#anchor`, a heading another post no longer
/// has), which would be an error for EPUBCheck, at the top of that chapter instead.
public struct ChapterLinks: Sendable {
    /// What becomes of one link.
    public enum Resolution: Sendable, Equatable {
        /// The address to write.
        case address(String)
        /// The chapter at this address instead of `missing`, the link as it would be
        /// written (percent-encoded), whose fragment names no element there.
        case chapterTop(String, missing: String)
        /// Not a link any more: it would point nowhere in the book.
        case text
    }

    private let links: BookLinks
    private let post: BookLinks.Post
    private let surveys: [String: ContentSurvey]

    /// The links of `post`'s chapter, with `surveys` of every chapter by href.
    public init(links: BookLinks, post: BookLinks.Post, surveys: [String: ContentSurvey]) {
        self.links = links
        self.post = post
        self.surveys = surveys
    }

    /// What becomes of a link to `destination`.
    public func resolve(_ destination: String) -> Resolution {
        let address: String
        switch links.target(of: destination, source: post.source, metadata: post.metadata) {
        case .text: return .text
        case .unchanged: address = destination
        case .replaced(let target): address = target
        }
        let written = URLPolicy.percentEncoded(address)
        guard let hash = written.firstIndex(of: "#") else { return .address(address) }
        let chapter = hash == written.startIndex ? post.href : String(written[..<hash])
        let fragment = written[written.index(after: hash)...]
        guard !fragment.isEmpty, let survey = surveys[chapter] else { return .address(address) }
        if survey.identifiers.contains(URLText.percentDecoded(String(fragment))) { return .address(address) }
        // Within its chapter, a link to a heading by the identifier the post wrote reaches it.
        if hash == written.startIndex, survey.renamedHeadingIdentifiers.contains(String(address.dropFirst())) { return .address(address) }
        return .chapterTop(chapter, missing: written)
    }
}
