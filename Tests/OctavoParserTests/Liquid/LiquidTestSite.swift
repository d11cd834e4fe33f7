import Foundation
import OctavoModel
@testable import OctavoParser

/// A small Jekyll site in a temporary folder for Liquid tests: a `_config.yml` with
/// `baseurl: /blog`, `url: https://example.org`, a title, a list, a hash, a
/// list of hashes and two collections, and two
/// includes, `p.html` (writes its parameters `a` and `b`) and `m.html` (the
/// `slice`/`if … or …` pattern of margin-figure includes).
final class LiquidTestSite {
    let root: URL
    let site: LiquidSite

    static let configuration = """
        title: Site
        baseurl: /blog
        url: https://example.org
        hw: [a, b]
        nested:
          key: v
        people:
          - {name: b, n: 2, tags: [x, y]}
          - {name: a, n: 1}
        collections:
          java:
            output: true
            permalink: /:collection/:name:output_ext
          notes:
            output: true

        """

    init(includes extra: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("octavo-liquid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("_includes"), withIntermediateDirectories: true)
        try Self.configuration.write(to: root.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        var includes = extra
        includes["p.html"] = includes["p.html"] ?? "[{{ include.a }}|{{ include.b }}]"
        includes["m.html"] = includes["m.html"] ?? """
            {%- assign s = include.url | slice: 0, 2 -%}
            {%- if s == '//' or s == 'http://' -%}
            {{ include.url }}
            {%- else -%}
            {{ site.baseurl }}/assets/{{ include.url }}
            {%- endif -%}
            """
        for (name, text) in includes {
            let url = root.appendingPathComponent("_includes/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        guard let configuration = LiquidSite.configuration(yaml: Self.configuration) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        site = LiquidSite(root: root.resolvingSymlinksInPath().path, configuration: configuration)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Renders `template` as a post body, with `page`.
    func render(_ template: String, page: LiquidValue = .hash([])) -> (text: String, warnings: [Diagnostic]) {
        LiquidTestSite.render(template, site: site, page: page)
    }

    static func render(_ template: String, site: LiquidSite = .withoutSite, page: LiquidValue = .hash([])) -> (text: String, warnings: [Diagnostic]) {
        let rendering = LiquidRenderer(site: site, page: page).render(Source(path: "post.md", text: template))
        return (String(decoding: rendering.bytes, as: UTF8.self), rendering.warnings)
    }
}
