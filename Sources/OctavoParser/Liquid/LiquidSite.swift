import OctavoModel
import Yams

/// The Jekyll site a post belongs to, as Liquid sees it: the folder holding its
/// `_config.yml` (whose `_includes/` holds the files `include` reads) and the values
/// of that file (`site.baseurl`, `site.url`, any key).
public struct LiquidSite: Sendable {
    /// The site's folder, an absolute path with links resolved; nil for a post with no site.
    public var root: String?
    /// The values of `_config.yml`, a hash (empty when there is none).
    public var configuration: LiquidValue

    /// A site with the folder `root` and the values of its `_config.yml`.
    public init(root: String?, configuration: LiquidValue = .hash([])) {
        self.root = root
        self.configuration = configuration
    }

    /// No site: `site` is empty and `include` reads nothing.
    public static let withoutSite = LiquidSite(root: nil)

    /// Reads the text of a `_config.yml` into values, with YAML 1.1 scalar types as
    /// Jekyll reads them; nil when it is not YAML or not a mapping.
    public static func configuration(yaml: String) -> LiquidValue? {
        guard let node = try? YAMLDocument.root(of: yaml) else {
            return yaml.trimmingWhitespace.isEmpty ? .hash([]) : nil
        }
        guard case .mapping = node else { return nil }
        return value(of: node)
    }

    private static func value(of node: Node) -> LiquidValue {
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? LiquidValue(PlainScalar.value(scalar.string)) : .string(scalar.string)
        case .sequence(let sequence):
            return .array(sequence.map(value(of:)))
        case .mapping(let mapping):
            return .hash(mapping.map { LiquidEntry(key: $0.key.string ?? "", value: value(of: $0.value)) })
        case .alias:
            return .null
        }
    }

    /// `baseurl` without a trailing slash.
    var baseURL: String {
        var base = configuration["baseurl"].text
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    var filterSite: LiquidFilterSite {
        LiquidFilterSite(baseURL: baseURL, url: configuration["url"].text)
    }

    /// The site's permalink style: `date` unless `_config.yml` names another.
    var permalink: LiquidPermalink {
        LiquidPermalink(style: configuration["permalink"].text)
    }
}
