import OctavoModel
import OctavoParser

/// The Liquid sites of posts, each `_config.yml` read once however many posts and
/// threads ask: posts are read on several threads with `--jobs`.
final class LiquidSiteCache: Sendable {
    private let sites = LockedValue<[String: (LiquidSite, [Diagnostic])]>([:])

    /// The site of the post at `postPath` (nil for standard input): the folder
    /// `given`, else the nearest folder above the post holding `_config.yml`. With no
    /// `_config.yml` there, `site` is empty; an unreadable one is reported once.
    func site(given: String?, postPath: String?) -> (LiquidSite, [Diagnostic]) {
        guard let root = SiteRoot.resolve(given: given, postPath: postPath) else { return (.withoutSite, []) }
        if let known = sites.withLock({ $0[root] }) { return (known.0, []) }
        let loaded = LiquidSiteCache.load(root)
        let isFirst = sites.withLock { cache in
            guard cache[root] == nil else { return false }
            cache[root] = loaded
            return true
        }
        return (loaded.0, isFirst ? loaded.1 : [])
    }

    private static func load(_ root: String) -> (LiquidSite, [Diagnostic]) {
        let path = root + (root == "/" ? "" : "/") + "_config.yml"
        guard let bytes = try? Input(argument: path).read() else { return (LiquidSite(root: root), []) }
        guard let configuration = LiquidSite.configuration(yaml: String(decoding: bytes, as: UTF8.self)) else {
            let warning = Diagnostic(.warning, path: path, position: SourcePosition(line: 1, column: 1),
                                     message: "_config.yml is not a YAML mapping; Liquid's site is empty")
            return (LiquidSite(root: root), [warning])
        }
        return (LiquidSite(root: root, configuration: configuration), [])
    }
}
