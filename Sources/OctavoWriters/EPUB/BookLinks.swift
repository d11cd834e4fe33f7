import OctavoModel

/// Where the links of a book's chapters point.
///
/// A link to a post of the same book, by its permalink on the site
/// (`/toolchain/2021/11/10/TVM_2.html#bazel`, also with the site's URL in front) or
/// by its file (`2021-11-10-TVM_2.md`, relative to the linking post), points at that
/// chapter and keeps its fragment. Any other link into the site (a site-relative
/// path, or a relative one) would point nowhere inside the book: with the site's URL
/// known it becomes an absolute link to the site, else only its text is kept.
/// Links with a scheme, and fragments within the chapter, stay as they are.
public struct BookLinks: Sendable {
    /// What becomes of one link.
    public enum Target: Sendable, Equatable {
        case unchanged
        case replaced(String)
        /// Not a link any more: its text stays.
        case text
    }

    /// A post of the book: where it was read from, its metadata and its chapter file.
    public struct Post: Sendable {
        /// The path the post was read from; nil for standard input.
        public var source: String?
        /// Its front matter, date and slug, which its permalink is made of.
        public var metadata: Metadata
        /// Its chapter's file name in the book.
        public var href: String

        public init(source: String?, metadata: Metadata, href: String) {
            self.source = source
            self.metadata = metadata
            self.href = href
        }
    }

    private let siteURL: String?
    private var byPermalink: [PostPermalink: String] = [:]
    private var bySource: [String: String] = [:]
    private var byFileName: [String: String?] = [:]

    /// `siteURL` is the site's address with its base path (`https://example.org/blog`).
    public init(posts: [Post], siteURL: String?) {
        self.siteURL = siteURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }.flatMap { $0.isEmpty ? nil : $0 }
        for post in posts {
            if let permalink = PostPermalink(post.metadata), byPermalink[permalink] == nil { byPermalink[permalink] = post.href }
            guard let source = post.source else { continue }
            let normalized = URLText.normalize(source)
            if bySource[normalized] == nil { bySource[normalized] = post.href }
            let name = String(normalized.split(separator: "/").last ?? "")
            byFileName[name] = byFileName[name] == nil ? post.href : .some(nil)
        }
    }

    /// What becomes of a link to `destination` in the chapter of the post read from
    /// `source` with `metadata`.
    public func target(of destination: String, source: String?, metadata: Metadata) -> Target {
        if destination.isEmpty || destination.hasPrefix("#") { return .unchanged }
        // A file on the writer's machine, which no reader of the book has.
        if destination.utf8.count >= 5, destination.prefix(5).lowercased() == "file:" { return .text }
        var reference = destination
        if reference.hasPrefix("//") || URLText.hasScheme(reference) {
            guard let siteURL, let rest = Self.stripping(siteURL, from: reference) else { return .unchanged }
            reference = rest.isEmpty ? "/" : rest
        }
        let (path, fragment) = Self.split(reference)
        let decoded = URLText.percentDecoded(path)
        if decoded.hasPrefix("/") {
            if let permalink = PostPermalink(path: decoded), let href = byPermalink[permalink] { return .replaced(href + fragment) }
            return siteURL.map { .replaced($0 + reference) } ?? .text
        }
        if decoded.hasSuffix(".md") || decoded.hasSuffix(".markdown"), let href = post(file: decoded, from: source) {
            return .replaced(href + fragment)
        }
        guard let siteURL, let permalink = PostPermalink(metadata) else { return .text }
        let base = permalink.sitePath(categories: metadata.categories)
        let folder = base[..<(base.lastIndex(of: "/") ?? base.startIndex)]
        let rest = String(decoding: reference.utf8.dropFirst(path.utf8.count), as: UTF8.self)
        let trailingSlash = path.hasSuffix("/") && !path.isEmpty ? "/" : ""
        return .replaced(siteURL + URLText.normalize(String(folder) + "/" + path) + trailingSlash + rest)
    }

    /// The chapter of the post file `path`, relative to the folder of `source`, or
    /// else the only post of the book with that file name.
    private func post(file path: String, from source: String?) -> String? {
        if let source {
            let folder = source.lastIndex(of: "/").map { String(source[...$0]) } ?? ""
            if let href = bySource[URLText.normalize(folder + path)] { return href }
        }
        let name = String(path.split(separator: "/").last ?? "")
        return byFileName[name] ?? nil
    }

    /// `reference` without `prefix` when it starts with it followed by `/`, `?`, `#` or nothing.
    private static func stripping(_ prefix: String, from reference: String) -> String? {
        guard reference.hasPrefix(prefix) else { return nil }
        let rest = reference.dropFirst(prefix.count)
        guard rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("?") || rest.hasPrefix("#") else { return nil }
        return String(rest)
    }

    /// The path (without query) and the fragment with its `#`, or empty.
    private static func split(_ reference: String) -> (String, String) {
        let fragmentStart = reference.firstIndex(of: "#") ?? reference.endIndex
        let beforeFragment = reference[..<fragmentStart]
        let path = beforeFragment[..<(beforeFragment.firstIndex(of: "?") ?? beforeFragment.endIndex)]
        return (String(path), String(reference[fragmentStart...]))
    }
}
