#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoModel
import OctavoWriters

/// Where an image a post names lives, found without reading anything outside the
/// site root.
///
/// The source is percent-decoded first (`%2e%2e/` is `../`); a site-relative path
/// (`/images/x.png`) starts at the site root, any other path at the post's folder.
/// A path whose `..` lead out of the site root is refused before the file system is
/// asked anything; otherwise the path, with every symbolic link resolved, must be a
/// regular file inside the site root with no other hard link (a hard link to a file
/// outside the site root cannot be told from a file of the site). Remote (`http:`,
/// `https:`, `//host`) and other URLs are not images the book can carry.
enum ImageLocation {
    /// A regular file inside the site root, or why the source is refused.
    enum Outcome: Equatable {
        /// The resolved path and the path below the site root, such as `images/x.png`.
        case file(path: String, sitePath: String)
        case refused(String)
    }

    /// Locates `source` for the post read from `postPath`, with `siteRoot` already
    /// resolved by `SiteRoot.realPath`; a site-relative path under the site's
    /// `basePath` (`/blog/images/x.png`, as `{{ site.baseurl }}` writes it) starts at
    /// the site root without it.
    static func locate(_ source: String, postPath: String?, siteRoot: String, basePath: String? = nil) -> Outcome {
        let trimmed = source.trimmingWhitespace
        if trimmed.isEmpty { return .refused("an image with no source") }
        if trimmed.hasPrefix("//") || trimmed.lowercased().hasPrefix("http:") || trimmed.lowercased().hasPrefix("https:") {
            return .refused("remote image \(trimmed) is not embedded; the book carries only local images")
        }
        if URLText.hasScheme(trimmed) {
            return .refused("image \(trimmed) is not a file of the site")
        }
        let withoutSuffix = trimmed.prefix { $0 != "?" && $0 != "#" }
        var decoded = URLText.percentDecoded(String(withoutSuffix))
        if let basePath, decoded.hasPrefix(basePath + "/") { decoded.removeFirst(basePath.count) }
        if decoded.utf8.contains(0) { return .refused("image path \(trimmed) contains a NUL byte") }
        let candidate: String
        if decoded.hasPrefix("/") {
            candidate = siteRoot + decoded
        } else {
            guard let folder = SiteRoot.realPath(SiteRoot.folder(of: postPath)) else {
                return .refused("image \(trimmed): the post's folder cannot be resolved")
            }
            candidate = folder + "/" + decoded
        }
        let prefix = siteRoot == "/" ? "/" : siteRoot + "/"
        guard URLText.normalize(candidate).hasPrefix(prefix) else {
            return .refused("image \(trimmed) is outside the site root \(siteRoot); not read")
        }
        guard let resolved = SiteRoot.realPath(candidate) else {
            if errno == ENOENT || errno == ENOTDIR {
                let hint = decoded.hasPrefix("/")
                    ? "; site-relative images are read from the site root \(siteRoot) (--site-root sets it)"
                    : "; relative images are read from the post's folder"
                return .refused("image \(trimmed) not found at \(URLText.normalize(candidate))\(hint)")
            }
            return .refused("image \(trimmed) cannot be read: \(System.errorMessage(errno))")
        }
        guard resolved.hasPrefix(prefix), resolved.count > prefix.count else {
            return .refused("image \(trimmed) is outside the site root \(siteRoot); not read")
        }
        var status = stat()
        guard stat(resolved, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return .refused("image \(trimmed) is not a regular file")
        }
        guard status.st_nlink == 1 else {
            return .refused("image \(trimmed) has other hard links, which may lie outside the site root; not read")
        }
        return .file(path: resolved, sitePath: String(resolved.dropFirst(prefix.count)))
    }
}
