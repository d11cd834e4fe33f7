#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder a post's site-relative paths (`/images/x.png`) start from, and the
/// only folder images are read from: `--site-root`, else the nearest folder above
/// the post that holds Jekyll's `_config.yml`, else the post's own folder.
public enum SiteRoot {
    /// The site root of the post at `postPath` (standard input counts as a post in
    /// the current folder), with symbolic links resolved; nil when it does not exist.
    public static func resolve(given: String?, postPath: String?) -> String? {
        if let given { return realPath(given) }
        guard let folder = realPath(folder(of: postPath)) else { return nil }
        var candidate = folder
        while true {
            if access(candidate + (candidate == "/" ? "" : "/") + "_config.yml", F_OK) == 0 { return candidate }
            guard candidate != "/", let slash = candidate.lastIndex(of: "/") else { return folder }
            candidate = slash == candidate.startIndex ? "/" : String(candidate[..<slash])
        }
    }

    /// The folder holding `path`, or `.` for a bare file name or no path.
    static func folder(of path: String?) -> String {
        guard let path, let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The absolute path of `path` with every symbolic link, `.` and `..` resolved, or nil.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
