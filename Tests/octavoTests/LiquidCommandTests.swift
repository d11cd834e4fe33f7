import Foundation
import Testing

/// A small Jekyll site rendered by `jekyll build` and by `octavo -t html`: the posts
/// have the same block structure, and the HTML Liquid wrote is in both.
@Suite struct LiquidCommandTests {
    static let configuration = "title: Liquid Site\nbaseurl: /notes\nurl: https://example.org\nhomeworks: [one, two, three]\n"

    static let figure = """
        {%- assign prefix = include.url | slice: 0, 4 -%}
        <figure class="margin"><img src="
        {%- if prefix == 'http' -%}{{ include.url }}{%- else -%}{{ site.baseurl }}/{{ include.url }}{%- endif -%}
        " alt="{{ include.description | escape }}"/></figure>
        """

    static let post = """
        ---
        title: A post with Liquid
        ---
        # {{ page.title }}

        A paragraph with a figure {% include figure.html url="assets/one.png"
          description="A <small> figure" %} in its middle.

        {% include figure.html url="https://cdn.example.org/two.png" description="Far" %}

        {% comment %}
        Nothing of this is written.

        - not a list
        {% endcomment %}
        {% assign count = site.homeworks | size %}
        There are {{ count }} homeworks:
        {% for homework in site.homeworks limit: 2 %}
        - [{{ homework | upcase }}]({{ site.baseurl }}/{{ homework }}.html){% if forloop.last %} (last){% endif %}
        {% endfor %}

        {% capture older %}{% post_url 2019-12-31-older %}{% endcapture %}
        See [the older post]({{ older }}) and {% raw %}{{ this }}{% endraw %}.

        {% if site.missing %}
        Not written.
        {% elsif count > 2 %}
        ## More than two
        {% endif %}

        Last line, at [home]({{ "/" | absolute_url }}).
        """

    @Test func aSiteRendersAsJekyllBuildRendersIt() throws {
        let workspace = try Workspace()
        let site = workspace.url.appendingPathComponent("site")
        for folder in ["_includes", "_posts"] {
            try FileManager.default.createDirectory(at: site.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Self.configuration.write(to: site.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        try Self.figure.write(to: site.appendingPathComponent("_includes/figure.html"), atomically: true, encoding: .utf8)
        try Self.post.write(to: site.appendingPathComponent("_posts/2020-01-02-post.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Older\n---\nOlder.\n".write(to: site.appendingPathComponent("_posts/2019-12-31-older.md"), atomically: true, encoding: .utf8)

        let output = workspace.url.appendingPathComponent("out")
        let build = try ExternalTool.run(["jekyll", "build", "--safe", "-s", site.path, "-d", output.path])
        #expect(build.status == 0, "jekyll build failed:\n\(build.output)")
        let jekyllHTML = try String(contentsOf: output.appendingPathComponent("2020/01/02/post.html"), encoding: .utf8)

        let run = try OctavoBinary.run(["-t", "html", "_posts/2020-01-02-post.md"], in: site)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        try workspace.write("jekyll.html", jekyllHTML)
        try workspace.write("octavo.html", run.stdout)

        let compare = """
            import importlib.machinery, importlib.util, sys
            loader = importlib.machinery.SourceFileLoader("ck", sys.argv[1])
            spec = importlib.util.spec_from_loader("ck", loader)
            module = importlib.util.module_from_spec(spec)
            loader.exec_module(module)
            jekyll, octavo = (module.blocks(open(path, encoding="utf-8").read()) for path in sys.argv[2:4])
            print(jekyll)
            print(octavo)
            sys.exit(0 if jekyll == octavo else 1)
            """
        let script = OctavoBinary.packageRoot.appendingPathComponent("scripts/compare-kramdown").path
        let blocks = try ExternalTool.python(compare, [script, workspace.url.appendingPathComponent("jekyll.html").path,
                                                       workspace.url.appendingPathComponent("octavo.html").path])
        #expect(blocks.status == 0, "block structures differ (jekyll, then octavo):\n\(blocks.output)")

        let octavoHTML = run.output
        for fragment in ["/notes/assets/one.png", "https://cdn.example.org/two.png", "A &lt;small&gt; figure",
                         "There are 3 homeworks", "/notes/one.html", "/notes/two.html", "TWO", "(last)",
                         "/notes/2019/12/31/older.html", "{{ this }}", "More than two", "https://example.org/notes/"] {
            #expect(jekyllHTML.contains(fragment), "jekyll: \(fragment)")
            #expect(octavoHTML.contains(fragment), "octavo: \(fragment)")
        }
        for absent in ["Nothing of this", "not a list", "Not written", "three", "{%"] {
            #expect(!jekyllHTML.contains(absent), "jekyll: \(absent)")
            #expect(!octavoHTML.contains(absent), "octavo: \(absent)")
        }
    }

    @Test func siteRootNamesTheSiteOfAPostOutsideIt() throws {
        let workspace = try Workspace()
        let site = workspace.url.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("_includes"), withIntermediateDirectories: true)
        try Self.configuration.write(to: site.appendingPathComponent("_config.yml"), atomically: true, encoding: .utf8)
        try "[{{ include.x }}]".write(to: site.appendingPathComponent("_includes/x.html"), atomically: true, encoding: .utf8)
        try workspace.write("2020-01-02-post.md", "---\ntitle: T\n---\n{{ site.title }}, {{ page.title }} {% include x.html x=1 %}\n")
        let given = try OctavoBinary.run(["-t", "html", "--site-root", "site", "2020-01-02-post.md"], in: workspace.url)
        #expect(given.status == 0)
        #expect(given.output == "<p>Liquid Site, T [1]</p>\n")
        #expect(given.stderr.isEmpty, "\(given.stderr)")

        let alone = try OctavoBinary.run(["-t", "html", "2020-01-02-post.md"], in: workspace.url)
        #expect(alone.status == 0)
        #expect(alone.output == "<p>, T</p>\n")
        #expect(alone.stderr.contains("2020-01-02-post.md:4:"), "\(alone.stderr)")
    }

    @Test func aSiteConfigurationIsReadOncePerRun() throws {
        let workspace = try Workspace()
        try workspace.write("_config.yml", "- a list\n- not a mapping\n")
        for name in ["2020-01-01-a.md", "2020-01-02-b.md", "2020-01-03-c.md"] {
            try workspace.write(name, "---\n---\n[{{ site.title }}]\n")
        }
        let run = try OctavoBinary.run(["-t", "html", "--jobs", "3", "2020-01-01-a.md", "2020-01-02-b.md", "2020-01-03-c.md"], in: workspace.url)
        #expect(run.status == 0)
        #expect(run.output == String(repeating: "<p>[]</p>\n", count: 3))
        #expect(run.stderr.components(separatedBy: "_config.yml is not a YAML mapping").count == 2, "\(run.stderr)")
    }
}
