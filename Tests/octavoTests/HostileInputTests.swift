import Foundation
import Testing

/// Hostile inputs through the built binary, each case with the outcome it must have:
/// a warning and a placeholder, the refusal of that post alone, or a valid output.
/// The book made of them passes EPUBCheck with nothing to report, and an inotify
/// watch on the files beside the site root shows that the run opens none of them.
@Suite struct HostileInputTests {
    /// What a case must come to.
    enum Outcome: CustomStringConvertible {
        /// The post is written, with a warning containing the text (for an image: a placeholder).
        case warning(String)
        /// The post is not written, and an error containing the text names it; the others are written.
        case refusal(String)
        /// The post is written without a message.
        case valid

        var description: String {
            switch self {
            case .warning(let text): "warning \"\(text)\""
            case .refusal(let text): "refusal \"\(text)\""
            case .valid: "valid output"
            }
        }
    }

    // MARK: - Images

    /// An image a post names, and the warning that refuses it.
    struct ImageCase {
        /// The image's alternative text, which its placeholder shows.
        var name: String
        /// The Markdown or HTML that shows the image.
        var markup: String
        var warning: String
    }

    /// A site beside an `outside` folder of secrets, a post whose images try to reach
    /// them or to make the book read without end, and a post of includes that try the same.
    struct HostileImagesSite {
        let root: URL
        let outside: URL
        let post: String
        let cases: [ImageCase]
        /// The line of the post each case stands on.
        let lines: [Int]

        init(in workspace: Workspace) throws {
            let manager = FileManager.default
            root = workspace.url.appendingPathComponent("site")
            outside = workspace.url.appendingPathComponent("outside")
            let images = root.appendingPathComponent("images")
            for folder in [root.appendingPathComponent("_posts"), images, outside] {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            try Data("title: Hostile images\n".utf8).write(to: root.appendingPathComponent("_config.yml"))
            let png = TestData.png(red: 30, green: 120, blue: 200)
            try png.write(to: images.appendingPathComponent("ok.png"))
            try png.write(to: outside.appendingPathComponent("secret.png"))
            try Data("top secret\n".utf8).write(to: outside.appendingPathComponent("secret.txt"))
            try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).write(to: outside.appendingPathComponent("secret.svg"))

            try manager.createSymbolicLink(at: images.appendingPathComponent("link.png"), withDestinationURL: outside.appendingPathComponent("secret.png"))
            try manager.linkItem(at: outside.appendingPathComponent("secret.png"), to: images.appendingPathComponent("hard.png"))
            try manager.createSymbolicLink(atPath: images.appendingPathComponent("zero.png").path, withDestinationPath: "/dev/zero")
            #expect(mkfifo(images.appendingPathComponent("fifo.png").path, 0o644) == 0)
            try manager.createDirectory(at: images.appendingPathComponent("x.png"), withIntermediateDirectories: false)
            // Sparse: a gigabyte that takes no room on disk.
            try png.write(to: images.appendingPathComponent("huge.png"))
            #expect(truncate(images.appendingPathComponent("huge.png").path, 1 << 30) == 0)
            #expect(manager.createFile(atPath: images.appendingPathComponent("huge.svg").path, contents: Data()))
            #expect(truncate(images.appendingPathComponent("huge.svg").path, 1 << 30) == 0)

            let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 1 1\">"
            let laughs = (1...9).map { level in
                "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
            }.joined()
            let svgFiles = [
                "script.svg": svg + "<script>alert(1)</script></svg>",
                "handler.svg": svg + "<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/></svg>",
                "external.svg": svg + "<image xlink:href=\"http://example.com/x.png\" width=\"1\" height=\"1\"/></svg>",
                "outside-file.svg": svg + "<image href=\"../../outside/secret.png\" width=\"1\" height=\"1\"/></svg>",
                "xxe.svg": "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file://\(outside.path)/secret.txt\">]>" + svg + "<text>&x;</text></svg>",
                "laughs.svg": "<!DOCTYPE svg [<!ENTITY l0 \"lol\">\(laughs)]>" + svg + "<text>&l9;</text></svg>",
                "dtd.svg": "<!DOCTYPE svg SYSTEM \"file://\(outside.path)/secret.svg\">" + svg + "</svg>",
                "javascript.svg": svg + "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            ]
            for (name, text) in svgFiles {
                try Data(text.utf8).write(to: images.appendingPathComponent(name))
            }

            let outsidePath = outside.path
            cases = [
                ImageCase(name: "dot-dot", markup: "![dot-dot](../../outside/secret.png)", warning: "is outside the site root"),
                ImageCase(name: "absolute", markup: "![absolute](\(outsidePath)/secret.png)", warning: "not found at"),
                ImageCase(name: "percent-encoded", markup: "![percent-encoded](%2e%2e/%2E%2E/outside/secret.png)", warning: "is outside the site root"),
                ImageCase(name: "mixed-dots", markup: "![mixed-dots](/images/%2e%2e/../outside/secret.png)", warning: "is outside the site root"),
                ImageCase(name: "file-url", markup: "![file-url](file://\(outsidePath)/secret.png)", warning: "is not a file of the site"),
                ImageCase(name: "raw-html", markup: "<img src=\"../../outside/secret.png\" alt=\"raw-html\">", warning: "is outside the site root"),
                ImageCase(name: "symbolic-link", markup: "![symbolic-link](/images/link.png)", warning: "is outside the site root"),
                ImageCase(name: "hard-link", markup: "![hard-link](/images/hard.png)", warning: "has other hard links"),
                ImageCase(name: "fifo", markup: "![fifo](/images/fifo.png)", warning: "is not a regular file"),
                ImageCase(name: "dev-zero-link", markup: "![dev-zero-link](/images/zero.png)", warning: "is outside the site root"),
                ImageCase(name: "dev-zero", markup: "![dev-zero](/dev/zero)", warning: "not found at"),
                ImageCase(name: "directory", markup: "![directory](/images/x.png)", warning: "is not a regular file"),
                ImageCase(name: "sparse-png", markup: "![sparse-png](/images/huge.png)", warning: "is larger than 64 MiB"),
                ImageCase(name: "sparse-svg", markup: "![sparse-svg](/images/huge.svg)", warning: "is larger than 64 MiB"),
                ImageCase(name: "svg-script", markup: "![svg-script](/images/script.svg)", warning: "script"),
                ImageCase(name: "svg-handler", markup: "![svg-handler](/images/handler.svg)", warning: "event handler"),
                ImageCase(name: "svg-external", markup: "![svg-external](/images/external.svg)", warning: "http://example.com/x.png"),
                ImageCase(name: "svg-outside-file", markup: "![svg-outside-file](/images/outside-file.svg)", warning: "../../outside/secret.png"),
                ImageCase(name: "svg-xxe", markup: "![svg-xxe](/images/xxe.svg)", warning: "not embedded"),
                ImageCase(name: "svg-laughs", markup: "![svg-laughs](/images/laughs.svg)", warning: "not embedded"),
                ImageCase(name: "svg-dtd", markup: "![svg-dtd](/images/dtd.svg)", warning: "outside document type"),
                ImageCase(name: "svg-javascript", markup: "![svg-javascript](/images/javascript.svg)", warning: "javascript: address"),
                ImageCase(name: "remote", markup: "![remote](https://example.com/x.png)", warning: "remote image"),
            ]
            var text = "---\ntitle: Hostile images\n---\n"
            var lines: [Int] = []
            for imageCase in cases {
                text += "\n"
                lines.append(text.split(separator: "\n", omittingEmptySubsequences: false).count)
                text += imageCase.markup + "\n"
            }
            text += "\n![fine](/images/ok.png)\n"
            self.lines = lines
            let path = root.appendingPathComponent("_posts/2024-05-01-images.md")
            try Data(text.utf8).write(to: path)
            post = path.path

            let includes = root.appendingPathComponent("_includes")
            try manager.createDirectory(at: includes, withIntermediateDirectories: false)
            try manager.linkItem(at: outside.appendingPathComponent("secret.txt"), to: includes.appendingPathComponent("hard.html"))
            try manager.createSymbolicLink(at: includes.appendingPathComponent("link.html"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
            #expect(mkfifo(includes.appendingPathComponent("fifo.html").path, 0o644) == 0)
            let includePath = root.appendingPathComponent("_posts/2024-05-03-includes.md")
            try Data(("---\ntitle: Includes\n---\n" + Self.includeCases.map { "{% include \($0.name) %}\n" }.joined(separator: "\n")).utf8)
                .write(to: includePath)
            includePost = includePath.path
        }

        /// Includes that lead out of the site or would block, each on its line with the
        /// warning that refuses it.
        static let includeCases = [
            (name: "../../outside/secret.txt", warning: "is not a plain path inside _includes/"),
            (name: "link.html", warning: "leads outside _includes/"),
            (name: "hard.html", warning: "has other hard links"),
            (name: "fifo.html", warning: "is not a regular file"),
        ]

        /// A post of `includeCases`, one every other line from line 4.
        let includePost: String
    }

    /// Runs `command` while inotify watches `watched` for opens and reads, then opens
    /// `watched[0]` (a file) itself to show the watch works. Prints the command's exit
    /// status and messages, the events seen while it ran and how many the check saw.
    static let watcher = """
        import ctypes, json, os, struct, subprocess, sys
        IN_ACCESS, IN_OPEN, IN_NONBLOCK = 0x1, 0x20, 0o4000
        separator = sys.argv.index("--")
        watched, command = sys.argv[1:separator], sys.argv[separator + 1:]
        libc = ctypes.CDLL(None, use_errno=True)
        descriptor = libc.inotify_init1(IN_NONBLOCK)
        if descriptor < 0:
            sys.exit("inotify_init1: " + os.strerror(ctypes.get_errno()))
        names = {}
        for path in watched:
            watch = libc.inotify_add_watch(descriptor, os.fsencode(path), IN_OPEN | IN_ACCESS)
            if watch < 0:
                sys.exit("inotify_add_watch " + path + ": " + os.strerror(ctypes.get_errno()))
            names[watch] = path
        def events():
            found = []
            while True:
                try:
                    data = os.read(descriptor, 65536)
                except BlockingIOError:
                    return found
                offset = 0
                while offset < len(data):
                    watch, mask, _, length = struct.unpack_from("iIII", data, offset)
                    name = data[offset + 16:offset + 16 + length].rstrip(b"\\0").decode(errors="replace")
                    found.append(f"{names.get(watch)} {name} {mask:#x}")
                    offset += 16 + length
        run = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        opened = events()
        with open(watched[0], "rb") as control:
            control.read(1)
        print(json.dumps({"status": run.returncode, "stderr": run.stderr.decode(errors="replace"),
                          "opened": opened, "control": len(events())}))
        """

    /// What `octavo` did under the watch, and what the watch saw.
    struct WatchedRun {
        var status: Int
        var stderr: String
        var opened: [String]
        var controlEvents: Int
    }

    /// Runs `octavo arguments` in `folder` while watching `watched`, the first a file.
    static func watchedRun(_ arguments: [String], watching watched: [String], in folder: URL) throws -> WatchedRun {
        let result = try ExternalTool.run(["python3", "-c", watcher] + watched + ["--", OctavoBinary.url.path] + arguments, in: folder)
        let line = try #require(result.output.split(separator: "\n").last, "\(result.output)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(result.output)")
        return WatchedRun(status: report["status"] as? Int ?? -1, stderr: report["stderr"] as? String ?? "",
                          opened: report["opened"] as? [String] ?? ["no report"], controlEvents: report["control"] as? Int ?? 0)
    }

    @Test func hostileImagesBecomePlaceholdersAndNothingOutsideTheSiteRootIsOpened() throws {
        let workspace = try Workspace()
        let site = try HostileImagesSite(in: workspace)
        let addresses = try ScriptAddressesPost(in: workspace, folder: "site/_posts")
        let book = workspace.url.appendingPathComponent("hostile.epub")
        let outsideFiles = try FileManager.default.contentsOfDirectory(atPath: site.outside.path).sorted()
            .map { site.outside.appendingPathComponent($0).path }
        let run = try Self.watchedRun(["-t", "epub", "-o", book.path, site.post, addresses.post, site.includePost],
                                      watching: outsideFiles + [site.outside.path], in: workspace.url)
        #expect(run.opened.isEmpty, "opened outside the site root: \(run.opened)")
        #expect(run.controlEvents > 0, "the watch saw nothing of an open it made itself")
        #expect(run.status == 0, "\(run.stderr)")

        let messages = run.stderr.split(separator: "\n").map(String.init)
        for (imageCase, line) in zip(site.cases, site.lines) {
            let prefix = "\(site.post):\(line):1: warning: "
            #expect(messages.contains { $0.hasPrefix(prefix) && $0.contains(imageCase.warning) },
                    "\(imageCase.name): no warning containing \"\(imageCase.warning)\" at line \(line): \(run.stderr)")
        }
        let imageMessages = messages.filter { $0.hasPrefix(site.post + ":") }
        #expect(imageMessages.count == site.cases.count, "\(imageMessages)")
        for (index, include) in HostileImagesSite.includeCases.enumerated() {
            let prefix = "\(site.includePost):\(2 * index + 4):"
            #expect(messages.contains { $0.hasPrefix(prefix) && $0.contains(": warning: Liquid: include") && $0.contains(include.warning) },
                    "\(include.name): no warning containing \"\(include.warning)\": \(run.stderr)")
        }

        let opened = try EPUBBook(book)
        #expect(opened.imagePaths == ["EPUB/cover.svg", "EPUB/media/images/ok.png"])
        let chapter = try opened.text(try #require(opened.chapterPaths.first))
        for imageCase in site.cases {
            #expect(chapter.contains("<span class=\"image-placeholder\">\(imageCase.name) "), "\(imageCase.name): no placeholder")
        }
        for entry in opened.paths {
            let text = try opened.text(entry)
            #expect(!text.contains("top secret") && !text.contains("<script"), "\(entry)")
        }
        // In a book a link into the site that names no chapter keeps only its text, so
        // the spellings read as relative paths go without a message: only what is left is checked.
        ScriptAddressesPost.checkAddresses(in: try opened.text(opened.chapterPaths[1]))
        let check = try EPUBCheck.run([book])
        #expect(check.status == 0, "\(check.output)")
    }

    // MARK: - Script addresses

    /// A post of `javascript:` (and `vbscript:`, `data:`) addresses in every spelling a
    /// browser still reads as one, each on its own line, with its outcome.
    struct ScriptAddressesPost {
        static let cases: [(markup: String, outcome: Outcome)] = [
            ("[plain](javascript:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[cased](JaVaScRiPt:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[spaced]( \tjavascript:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[angle](<javascript:alert(1)>)", .warning("dropped a link to a javascript: address")),
            ("[decimal](&#106;avascript:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[hexadecimal](&#x6A;&#x61;vascript:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[tab](java&#9;script:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[newline](java&#10;script:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[named](javascript&colon;alert(1))", .warning("dropped a link to a javascript: address")),
            ("[control](&#1;javascript:alert(1))", .warning("dropped a link to a javascript: address")),
            ("[reference][script]\n\n[script]: javascript:alert(1)", .warning("dropped a link to a javascript: address")),
            ("<javascript:alert(1)>", .warning("dropped a link to a javascript: address")),
            ("![image](javascript:alert(1))", .warning("dropped an image with a javascript: address")),
            ("[vbscript](vbscript:msgbox(1))", .warning("dropped a link to a vbscript: address")),
            ("[data](data:text/html,<script>alert(1)</script>)", .warning("dropped a link to a data: address")),
            ("<a href=\"javascript:alert(1)\">raw</a>", .warning("javascript: address")),
            ("<a href=\"&#106;ava&#x73;cript:alert(1)\">raw decimal</a>", .warning("javascript: address")),
            ("<a href=\"java&#x09;script:alert(1)\">raw tab</a>", .warning("javascript: address")),
            // The HTML parser keeps no address past the control character: a link to nothing.
            ("<a href=\" &#x01;javascript:alert(1)\">raw control</a>", .valid),
            ("<a href=\"JAVASCRIPT:alert(1)\">raw upper</a>", .warning("javascript: address")),
            ("<img src=\"javascript:alert(1)\" alt=\"raw image\">", .warning("javascript: address")),
            ("<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">b</button></form>", .warning("<form>")),
            ("[percent](%6Aavascript:alert(1))", .valid),
            ("[percent colon](javascript%3Aalert(1))", .valid),
        ]

        let post: String
        /// The line of the post each case starts on.
        let lines: [Int]

        init(in workspace: Workspace, folder: String) throws {
            var text = "---\ntitle: Script addresses\n---\n"
            var lines: [Int] = []
            for entry in Self.cases {
                text += "\n"
                lines.append(text.split(separator: "\n", omittingEmptySubsequences: false).count)
                text += entry.markup + "\n"
            }
            self.lines = lines
            try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent(folder), withIntermediateDirectories: true)
            post = workspace.url.appendingPathComponent(folder + "/2024-05-02-addresses.md").path
            try workspace.write(folder + "/2024-05-02-addresses.md", text)
        }

        /// Each case has its outcome in `messages`, and `document` (XHTML) holds no
        /// address a browser would run.
        func check(messages: [String], document: String) {
            for (entry, line) in zip(Self.cases, lines) {
                let atLine = messages.filter { $0.hasPrefix("\(post):\(line):") }
                switch entry.outcome {
                case .warning(let text):
                    #expect(atLine.contains { $0.contains(": warning: ") && $0.contains(text) }, "\(entry.markup): \(atLine)")
                case .valid:
                    #expect(atLine.isEmpty, "\(entry.markup): \(atLine)")
                case .refusal:
                    Issue.record("a script address refuses only itself")
                }
            }
            Self.checkAddresses(in: document)
        }

        /// `document` (XHTML) holds no address a browser would run.
        static func checkAddresses(in document: String) {
            let addresses = attributeValues(in: document)
            #expect(!addresses.isEmpty)
            for address in addresses {
                let read = String(decoding: xmlUnescaped(address).utf8.filter { $0 > 0x20 }, as: UTF8.self).lowercased()
                #expect(!read.hasPrefix("javascript:") && !read.hasPrefix("vbscript:") && !read.hasPrefix("data:text"), "\(address)")
            }
        }

        /// The values of every `href`, `src`, `action` and `formaction` attribute in `document`.
        static func attributeValues(in document: String) -> [String] {
            let pattern = try? NSRegularExpression(pattern: "(?:href|src|action|formaction)=\"([^\"]*)\"")
            let range = NSRange(document.startIndex..., in: document)
            return pattern?.matches(in: document, range: range).compactMap { match in
                Range(match.range(at: 1), in: document).map { String(document[$0]) }
            } ?? []
        }

        /// `text` with XML's character and entity references replaced by what they stand for.
        static func xmlUnescaped(_ text: String) -> String {
            var result = ""
            var rest = Substring(text)
            while let ampersand = rest.firstIndex(of: "&") {
                result += rest[..<ampersand]
                let reference = rest[rest.index(after: ampersand)...].prefix { $0 != ";" }
                let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
                var scalar: UnicodeScalar?
                if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                    scalar = UInt32(reference.dropFirst(2), radix: 16).flatMap(UnicodeScalar.init)
                } else if reference.hasPrefix("#") {
                    scalar = UInt32(reference.dropFirst()).flatMap(UnicodeScalar.init)
                }
                if let scalar {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += named[String(reference)] ?? "&" + reference + ";"
                }
                let next = rest.index(ampersand, offsetBy: reference.count + 2, limitedBy: rest.endIndex) ?? rest.endIndex
                rest = rest[next...]
            }
            return result + rest
        }
    }

    @Test func scriptAddressesInEveryEncodingAreDroppedFromContentDocuments() throws {
        let workspace = try Workspace()
        let addresses = try ScriptAddressesPost(in: workspace, folder: "posts")
        let run = try OctavoBinary.run(["-t", "xhtml", "-o", "addresses.xhtml", addresses.post], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        addresses.check(messages: run.stderr.split(separator: "\n").map(String.init), document: try workspace.read("addresses.xhtml"))
    }

    // MARK: - Posts

    /// A post and the outcome it must have.
    struct PostCase {
        var slug: String
        var text: String
        var outcome: Outcome
    }

    /// Posts that are huge, nested deep in every container, or whose front matter
    /// explodes: all but the refused ones are written as valid content documents.
    static var postCases: [PostCase] {
        let depth = 1000
        let aliases = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
            + zip(["b", "c", "d", "e", "f", "g", "h", "i"], ["a", "b", "c", "d", "e", "f", "g", "h"]).map { name, previous in
                "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 9).joined(separator: ", ") + "]"
            }
        let largeValue = String(repeating: "  " + String(repeating: "v", count: 97) + "\n", count: 10 * 1024 * 1024 / 100)
        let body = { (title: String, text: String) in "---\ntitle: \(title)\n---\n\n\(text)\n" }
        return [
            PostCase(slug: "front-matter-10mb", text: "---\ntitle: Large\ndescription: |\n\(largeValue)---\n\nBody.\n", outcome: .valid),
            PostCase(slug: "line-1mb", text: body("Long line", String(String(repeating: "lorem *ipsum* dolor ", count: 52_429).prefix(1 << 20))),
                     outcome: .valid),
            PostCase(slug: "lines-100000", text: body("Many lines", (0..<100_000).map { "line \($0) with *emphasis*" }.joined(separator: "\n")),
                     outcome: .valid),
            PostCase(slug: "yaml-aliases", text: (["---"] + aliases + ["title: *i", "---", "Body"]).joined(separator: "\n") + "\n",
                     outcome: .refusal("front matter too large")),
            PostCase(slug: "yaml-nesting", text: "---\ntitle: Deep\nk: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n---\nBody\n",
                     outcome: .refusal("front matter nested deeper than 100 levels")),
            PostCase(slug: "block-quotes", text: body("Quotes", String(repeating: "> ", count: depth) + "deep"), outcome: .valid),
            PostCase(slug: "bullet-lists", text: body("Lists", (0..<depth).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")),
                     outcome: .valid),
            PostCase(slug: "ordered-lists", text: body("Lists", (0..<depth).map { String(repeating: "   ", count: $0) + "1. item" }.joined(separator: "\n")),
                     outcome: .valid),
            PostCase(slug: "quoted-lists", text: body("Quoted lists", String(repeating: "> - ", count: depth / 2) + "deep"), outcome: .valid),
            PostCase(slug: "definition-lists", text: body("Definitions", (1..<50).map { "term\n" + String(repeating: ": ", count: $0) + "definition" }.joined(separator: "\n")),
                     outcome: .valid),
            PostCase(slug: "emphasis", text: body("Emphasis", String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth)),
                     outcome: .warning("emphasis nested more than 32 levels deep")),
            PostCase(slug: "strong", text: body("Strong", String(repeating: "**", count: depth) + "x" + String(repeating: "**", count: depth)),
                     outcome: .warning("emphasis nested more than 32 levels deep")),
            PostCase(slug: "links", text: body("Links", String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)), outcome: .valid),
            PostCase(slug: "images", text: body("Images", String(repeating: "![", count: depth) + "x" + String(repeating: "](u.png)", count: depth)),
                     outcome: .valid),
            PostCase(slug: "brackets", text: body("Brackets", String(repeating: "[", count: 10 * depth)), outcome: .valid),
            PostCase(slug: "parentheses", text: body("Parentheses", "[x](" + String(repeating: "(", count: depth) + String(repeating: ")", count: depth) + ")"),
                     outcome: .valid),
            PostCase(slug: "code-span", text: body("Backticks", String(repeating: "`", count: 5 * depth) + "x"), outcome: .valid),
            PostCase(slug: "footnotes", text: body("Footnotes", "text [^0]\n\n" + (0..<depth).map { "[^\($0)]: note \($0) [^\($0 + 1)]" }.joined(separator: "\n\n")),
                     outcome: .valid),
            PostCase(slug: "html-blocks", text: body("Divisions", String(repeating: "<div>\n", count: depth) + "x\n" + String(repeating: "</div>\n", count: depth)),
                     outcome: .warning("nested more than 256 elements deep in the page")),
            PostCase(slug: "inline-html", text: body("Spans", "a " + String(repeating: "<span>", count: depth) + "x" + String(repeating: "</span>", count: depth)),
                     outcome: .warning("nested more than 256 elements deep in the page")),
            PostCase(slug: "quoted-inline-html", text: body("Quoted spans", String(repeating: "> ", count: 100) + "a " + String(repeating: "<em>", count: 300) + "x"),
                     outcome: .warning("nested more than 256 elements deep in the page")),
            PostCase(slug: "liquid", text: body("Liquid", String(repeating: "{% if true %}", count: depth / 2) + "x" + String(repeating: "{% endif %}", count: depth / 2)),
                     outcome: .valid),
            PostCase(slug: "math-groups", text: body("Groups", "$$" + String(repeating: "{ ", count: depth) + "x" + String(repeating: " }", count: depth) + "$$"),
                     outcome: .warning("nested too deeply")),
            PostCase(slug: "math-fractions", text: body("Fractions", "$$" + String(repeating: "\\frac{1}{", count: depth / 2) + "x" + String(repeating: "}", count: depth / 2) + "$$"),
                     outcome: .warning("nested too deeply")),
            PostCase(slug: "wide-table", text: body("Table", "|" + String(repeating: "a|", count: 5 * depth) + "\n|" + String(repeating: "-|", count: 5 * depth)),
                     outcome: .valid),
        ]
    }

    @Test func hugeAndDeeplyNestedPostsHaveTheirOutcomesInOneBatch() throws {
        let workspace = try Workspace()
        let cases = Self.postCases
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("posts"), withIntermediateDirectories: true)
        for postCase in cases {
            try workspace.write("posts/2024-06-01-\(postCase.slug).md", postCase.text)
        }
        let run = try OctavoBinary.run(["-t", "xhtml", "--output-dir", "out", "posts"], in: workspace.url)
        #expect(run.status == 1, "\(run.stderr)")
        let messages = run.stderr.split(separator: "\n").map(String.init)
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: workspace.url.appendingPathComponent("out").path))
        for postCase in cases {
            let post = "posts/2024-06-01-\(postCase.slug).md"
            let own = messages.filter { $0.hasPrefix(post + ":") }
            let isWritten = written.contains(postCase.slug + ".xhtml")
            switch postCase.outcome {
            case .valid:
                #expect(isWritten && own.isEmpty, "\(postCase.slug): \(postCase.outcome), got \(own)")
            case .warning(let text):
                #expect(isWritten && own.contains { $0.contains(": warning: ") && $0.contains(text) }, "\(postCase.slug): \(postCase.outcome), got \(own)")
                #expect(!own.contains { $0.contains(": error: ") }, "\(postCase.slug): \(own)")
            case .refusal(let text):
                #expect(!isWritten && own.contains { $0.contains(": error: ") && $0.contains(text) }, "\(postCase.slug): \(postCase.outcome), got \(own)")
            }
        }
        let documents = written.sorted().map { "out/" + $0 }
        let validation = try OctavoBinary.run(["validate"] + documents, in: workspace.url)
        #expect(validation.status == 0, "\(validation.stderr)")
    }

    // MARK: - Folders

    @Test func symbolicLinkLoopsInAnInputFolderAreWalkedOnce() throws {
        let workspace = try Workspace()
        let manager = FileManager.default
        try manager.createDirectory(at: workspace.url.appendingPathComponent("posts/2024/deeper"), withIntermediateDirectories: true)
        try workspace.write("posts/2024-01-01-first.md", "# First\n")
        try workspace.write("posts/2024/2024-01-02-second.md", "# Second\n")
        try workspace.write("posts/2024/deeper/2024-01-03-third.md", "# Third\n")
        let links = ["posts/2024/deeper/up": "../..", "posts/2024/self": ".",
                     "posts/ping": "pong", "posts/pong": "ping", "posts/2024/deeper/back": workspace.url.appendingPathComponent("posts").path]
        for (link, destination) in links {
            try manager.createSymbolicLink(atPath: workspace.url.appendingPathComponent(link).path, withDestinationPath: destination)
        }
        let status = try OctavoBinary.shell("timeout 60 \"$OCTAVO\" -t html posts > out.html 2> errors.txt", in: workspace.url)
        let errors = try workspace.read("errors.txt")
        #expect(status == 0, "\(errors)")
        let output = try workspace.read("out.html")
        for title in ["First", "Second", "Third"] {
            #expect(output.components(separatedBy: ">\(title)</h1>").count == 2, "\(title) once: \(output)")
        }
    }

    @Test func tenThousandTinyPostsConvertInOneBatch() throws {
        let workspace = try Workspace()
        let count = 10_000
        let posts = workspace.url.appendingPathComponent("posts")
        let writer = """
            import os, sys
            folder, count = sys.argv[1], int(sys.argv[2])
            os.mkdir(folder)
            for index in range(count):
                with open(os.path.join(folder, f"2024-01-01-post-{index}.md"), "w") as post:
                    post.write(f"# Post {index}\\n\\nText.\\n")
            """
        let written = try ExternalTool.python(writer, [posts.path, String(count)])
        #expect(written.status == 0, "\(written.output)")
        let run = try OctavoBinary.run(["-t", "html", "posts"], in: workspace.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.output.components(separatedBy: "<h1 ").count - 1 == count)
    }
}
