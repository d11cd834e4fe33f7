import Foundation
import Testing

/// `octavo -t epub` on the fixture site and on hostile posts: EPUBCheck reports
/// nothing, ebooklib finds every chapter and image, the same inputs give the same
/// bytes, and nothing outside the site root gets into a book.
@Suite struct EPUBCommandTests {
    static let site = TestData.site.path

    /// Runs octavo and expects it to succeed without a message.
    @discardableResult
    static func octavo(_ arguments: [String], status: Int32 = 0, quiet: Bool = true, in workspace: Workspace? = nil) throws -> RunResult {
        let run = try OctavoBinary.run(arguments, in: workspace?.url)
        #expect(run.status == status, "\(run.stderr)")
        if quiet { #expect(run.stderr.isEmpty, "\(run.stderr)") }
        return run
    }

    @Test func siteAndHostileBooksPassEPUBCheckAndEbooklib() throws {
        let workspace = try Workspace()
        let posts = try TestData.sitePosts
        var books = try Self.siteBooks(of: posts, siteRoot: Self.site, in: workspace, expectedWarning: "image /images/whiteboard-2021.jpg not found")
        let hostile = try HostileSite(in: workspace)
        let hostileBook = workspace.url.appendingPathComponent("hostile.epub")
        try Self.octavo(["-t", "epub", "-o", hostileBook.path, hostile.post], quiet: false)
        let clashing = try ClashingImagesSite(in: workspace)
        let clashingBook = workspace.url.appendingPathComponent("clashing.epub")
        try Self.octavo(["-t", "epub", "-o", clashingBook.path] + clashing.posts)
        let fragments = try BrokenFragmentsSite(in: workspace)
        let fragmentsBook = workspace.url.appendingPathComponent("fragments.epub")
        try Self.octavo(["-t", "epub", "-o", fragmentsBook.path] + fragments.posts, quiet: false)
        let addresses = try HostileAddressesSite(in: workspace)
        let addressesBook = workspace.url.appendingPathComponent("addresses.epub")
        try Self.octavo(["-t", "epub", "-o", addressesBook.path, addresses.post], quiet: false)
        books += [hostileBook, clashingBook, fragmentsBook, addressesBook]
        try Self.checkBooks(books)
        #expect(try EPUBBook(books[0]).chapterPaths.count == posts.count)
        #expect(try EPUBBook(books[0]).imagePaths.count > 0)
        try Self.checkAccessibility(of: try EPUBBook(books[0]))
        let repairedImages = try EPUBBook(addressesBook).imagePaths
        #expect(repairedImages.contains("EPUB/media/images/ids.svg") && repairedImages.contains("EPUB/media/images/dangling.svg"), "\(repairedImages)")
    }

    /// The package has the five accessibility properties, and its summary counts the
    /// chapters, images and formulas the book really holds.
    static func checkAccessibility(of book: EPUBBook) throws {
        let package = try book.text("EPUB/package.opf")
        for property in ["accessMode", "accessModeSufficient", "accessibilityFeature", "accessibilityHazard", "accessibilitySummary"] {
            #expect(package.contains("<meta property=\"schema:\(property)\">"), "\(property)")
        }
        let chapters = try book.chapterPaths.map { try book.text($0) }
        let images = chapters.map { $0.components(separatedBy: "<img ").count - 1 }.reduce(0, +)
        let formulas = chapters.map { $0.components(separatedBy: "<math ").count - 1 }.reduce(0, +)
        // The summary is written in the book's language, so its numbers are compared, not its words.
        let summary = package.components(separatedBy: "<meta property=\"schema:accessibilitySummary\">").dropFirst().first?
            .prefix { $0 != "<" } ?? ""
        let numbers = Set(summary.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) })
        #expect(numbers.contains(chapters.count), "\(chapters.count) chapters: \(summary)")
        #expect(images == 0 || numbers.contains(images), "\(images) images: \(summary)")
        #expect(formulas == 0 || numbers.contains(formulas), "\(formulas) formulas: \(summary)")
    }

    /// A book of `posts` and a book per post, written in `workspace`; every message
    /// octavo prints must contain `expectedWarning`.
    static func siteBooks(of posts: [String], siteRoot: String, in workspace: Workspace, expectedWarning: String? = nil) throws -> [URL] {
        let book = workspace.url.appendingPathComponent("site.epub")
        let quiet = expectedWarning == nil
        let whole = try octavo(["-t", "epub", "--title", "Site", "--site-root", siteRoot, "-o", book.path] + posts, quiet: quiet)
        let folder = workspace.url.appendingPathComponent("books")
        let each = try octavo(["-t", "epub", "--site-root", siteRoot, "--output-dir", folder.path] + posts, quiet: quiet)
        if let expectedWarning {
            for line in (whole.stderr + each.stderr).split(separator: "\n") {
                #expect(line.contains(expectedWarning), "\(line)")
            }
        }
        let perPost = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.appendingPathComponent($0) }
        #expect(perPost.count == posts.count)
        return [book] + perPost
    }

    /// EPUBCheck reports nothing on `books`, and ebooklib finds the chapters and images they hold.
    static func checkBooks(_ books: [URL]) throws {
        let check = try EPUBCheck.run(books)
        #expect(check.status == 0, "\(check.output)")
        for book in books {
            let opened = try EPUBBook(book)
            let counts = check.counts[book.path]
            #expect(counts?.chapters == opened.chapterPaths.count, "\(book.lastPathComponent): \(check.output)")
            #expect(counts?.images == opened.imagePaths.count, "\(book.lastPathComponent): \(check.output)")
        }
    }

    @Test func differentImagesAskingForOnePlaceEachGetTheirOwn() throws {
        let workspace = try Workspace()
        let site = try ClashingImagesSite(in: workspace)
        let path = workspace.url.appendingPathComponent("book.epub")
        try Self.octavo(["-t", "epub", "-o", path.path] + site.posts)
        let book = try EPUBBook(path)
        let images = book.imagePaths.filter { $0.hasPrefix("EPUB/media/") }
        #expect(images == ["EPUB/media/fig.png", "EPUB/media/fig-2.png", "EPUB/media/images/Photo.png", "EPUB/media/images/photo-2.png"])
        #expect(book.imagePaths.contains("EPUB/cover.svg"), "a generated cover")
        for (index, image) in images.enumerated() {
            #expect(try book.data(image) == site.images[index], "\(image)")
        }
        let sources = try book.chapterPaths.map { chapter in
            try book.text(chapter).components(separatedBy: "<img src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        }
        #expect(sources == [["media/fig.png"], ["media/fig-2.png"],
                            ["media/images/Photo.png", "media/images/photo-2.png", "media/images/photo-2.png"]])
    }

    @Test func linksToMissingFragmentsPointAtTheirChapterWithAWarning() throws {
        let workspace = try Workspace()
        let site = try BrokenFragmentsSite(in: workspace)
        let path = workspace.url.appendingPathComponent("book.epub")
        let run = try Self.octavo(["-t", "epub", "-o", path.path] + site.posts, quiet: false)
        let first = site.posts[0]
        #expect(run.stderr == """
            \(first):7:1: warning: the link to #missing names no element of its chapter; it points at the top of that chapter instead
            \(first):9:1: warning: the link to chapter-002.xhtml#nope names no element of its chapter; it points at the top of that chapter instead

            """, "\(run.stderr)")
        let chapter = try EPUBBook(path).text("EPUB/chapter-001.xhtml")
        #expect(chapter.contains("<a href=\"chapter-001.xhtml\">missing</a>"), "\(chapter)")
        #expect(chapter.contains("<a href=\"#here\">here</a>"))
        #expect(chapter.contains("<a href=\"chapter-002.xhtml#there\">there</a>"))
        #expect(chapter.contains("<a href=\"chapter-002.xhtml\">nope</a>"))
        #expect(chapter.contains("<a href=\"#%E7%AC%94%E8%AE%B0\">notes</a>"), "\(chapter)")
    }

    @Test func hostilePostsLeaveNothingDangerousInTheBook() throws {
        let workspace = try Workspace()
        let hostile = try HostileSite(in: workspace)
        let path = workspace.url.appendingPathComponent("hostile.epub")
        let run = try Self.octavo(["-t", "epub", "-o", path.path, hostile.post], quiet: false)
        for line in HostileSite.refusedImageLines {
            #expect(run.stderr.contains("\(hostile.post):\(line):"), "no warning for line \(line): \(run.stderr)")
        }
        let book = try EPUBBook(path)
        #expect(book.imagePaths == ["EPUB/cover.svg", "EPUB/media/images/ok.png"])
        for entry in book.paths {
            #expect(!entry.contains("passwd") && !entry.contains("secret") && !entry.contains("avif"), "\(entry)")
            let text = try book.text(entry).lowercased()
            for needle in ["<script", "onclick", "onerror", "javascript:", "root:x:", "top secret"] {
                #expect(!text.contains(needle), "\(entry) holds \(needle)")
            }
        }
        let strict = try OctavoBinary.run(["-t", "epub", "--strict", "-o", path.path, hostile.post])
        #expect(strict.status == 1)
    }

    @Test func theSameInputsGiveTheSameBytesInAnyTimeZone() throws {
        let workspace = try Workspace()
        let seed = try TestData.sitePosts.map { "'\($0)'" }.joined(separator: " ")
        let script = { (zone: String, name: String) in
            "TZ=\(zone) \"$OCTAVO\" -t epub --site-root '\(Self.site)' -o \(name) \(seed)"
        }
        #expect(try OctavoBinary.shell(script("UTC", "a.epub"), in: workspace.url) == 0)
        #expect(try OctavoBinary.shell(script("Asia/Shanghai", "b.epub"), in: workspace.url) == 0)
        #expect(try OctavoBinary.shell(script("America/Los_Angeles", "c.epub"), in: workspace.url) == 0)
        let first = try Data(contentsOf: workspace.url.appendingPathComponent("a.epub"))
        #expect(try Data(contentsOf: workspace.url.appendingPathComponent("b.epub")) == first)
        #expect(try Data(contentsOf: workspace.url.appendingPathComponent("c.epub")) == first)
        let book = try EPUBBook(workspace.url.appendingPathComponent("a.epub"))
        #expect(book.paths.prefix(6) == ["mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/title.xhtml"])
        #expect(try book.text("EPUB/package.opf").contains("<dc:identifier id=\"book-id\">urn:uuid:"))
    }

    @Test func postsLinkEachOthersChaptersAndOtherSiteLinksBecomeTextOrAbsolute() throws {
        let workspace = try Workspace()
        let first = workspace.url.appendingPathComponent("2021-11-10-first.md").path
        try workspace.write("2021-11-10-first.md", "---\ntitle: First\ncategory: Tool Chain\n---\n# Bazel\n\nSee [the second](2022-1-2-second.md#part) and [about](/about/).\n")
        try workspace.write("2022-1-2-second.md", "---\ntitle: Second\n---\n# Part {#part}\n\nBack to [bazel](/toolchain/2021/11/10/first.html#bazel).\n")
        let second = workspace.url.appendingPathComponent("2022-1-2-second.md").path
        let path = workspace.url.appendingPathComponent("links.epub")
        try Self.octavo(["-t", "epub", "--order", "input", "-o", path.path, second, first])
        var book = try EPUBBook(path)
        #expect(try book.text("EPUB/chapter-001.xhtml").contains("href=\"chapter-002.xhtml#bazel\""))
        let firstChapter = try book.text("EPUB/chapter-002.xhtml")
        #expect(firstChapter.contains("href=\"chapter-001.xhtml#part\""))
        #expect(!firstChapter.contains("/about/"))
        #expect(firstChapter.contains("about"))
        try Self.octavo(["-t", "epub", "--site-url", "https://blog.example.org/", "-o", path.path, first, second])
        book = try EPUBBook(path)
        #expect(try book.text("EPUB/chapter-001.xhtml").contains("href=\"https://blog.example.org/about/\""))
        let nav = try book.text("EPUB/nav.xhtml")
        #expect(nav.contains("<a href=\"chapter-001.xhtml\">First</a>") && nav.contains("<a href=\"chapter-002.xhtml\">Second</a>"))
    }

    @Test func aBadInputIsReportedAndTheOthersMakeTheBookWithADepfile() throws {
        let workspace = try Workspace()
        let seed = try TestData.sitePosts
        let css = workspace.url.appendingPathComponent("book.css")
        try workspace.write("book.css", "body { color: black; }\n")
        let cover = workspace.url.appendingPathComponent("cover.png").path
        try TestData.png(red: 20, green: 60, blue: 120).write(to: URL(fileURLWithPath: cover))
        let path = workspace.url.appendingPathComponent("book.epub").path
        let depfile = workspace.url.appendingPathComponent("book.epub.d").path
        let run = try Self.octavo(["-t", "epub", "--site-root", Self.site, "--css", css.path, "--cover", cover, "--author", "Someone",
                                   "--language", "zh", "-o", path, "--depfile", depfile, "missing.md"] + seed, status: 1, quiet: false)
        #expect(run.stderr.contains("missing.md:1:1: error: cannot read file"))
        let book = try EPUBBook(URL(fileURLWithPath: path))
        #expect(book.chapterPaths.count == seed.count)
        #expect(try book.text("EPUB/style.css") == "body { color: black; }\n")
        let package = try book.text("EPUB/package.opf")
        #expect(package.contains("properties=\"cover-image\"") && package.contains("<dc:creator id=\"creator-1\">Someone</dc:creator>"))
        #expect(package.contains("<dc:language>zh</dc:language>"))
        let rule = try String(contentsOfFile: depfile, encoding: .utf8).split(separator: "\n")[0]
        for expected in seed + [css.path, cover, "missing.md"] {
            #expect(rule.contains(expected.replacingOccurrences(of: " ", with: "\\ ")), "\(expected) not in \(rule)")
        }
        #expect(book.paths.contains("EPUB/cover.png"))
        let images = book.imagePaths.filter { $0 != "EPUB/cover.png" }
        #expect(!images.isEmpty)
        #expect(rule.split(separator: " ").filter { $0.contains("/images/") }.count == images.count)
    }

    /// A title that is a single control character is no title: the chapter, the
    /// contents and the outline fall back to the slug, and the book stays valid.
    @Test func aTitleXMLCannotHoldFallsBackToTheSlug() throws {
        let workspace = try Workspace()
        try workspace.write("2020-3-1-control.md", "---\ntitle: \"\\u0001\"\n---\n\nhttps://example.org/\n\nExample\n")
        let posts = try TestData.sitePosts + [workspace.url.appendingPathComponent("2020-3-1-control.md").path]
        let book = workspace.url.appendingPathComponent("book.epub")
        try Self.octavo(["-t", "epub", "--site-root", Self.site, "-o", book.path] + posts, quiet: false)
        try Self.checkBooks([book])
        let opened = try EPUBBook(book)
        #expect(opened.chapterPaths.count == posts.count)
        #expect(try opened.text("EPUB/nav.xhtml").contains(">control</a>"))
        let opml = try OctavoBinary.run(["-t", "opml"] + posts)
        #expect(opml.status == 0 && opml.output.contains("<outline text=\"control\" created="), "\(opml.stderr)")
    }

    /// `--split-by year` writes a volume per year beside the book's name, each a book of
    /// its own in one series; links to posts of other volumes go to the site.
    @Test func splitByYearWritesOneVolumePerYear() throws {
        let workspace = try Workspace()
        let posts = try TestData.sitePosts
        let years = Set(posts.map { String(URL(fileURLWithPath: $0).lastPathComponent.prefix(4)) }).sorted()
        let depfile = workspace.url.appendingPathComponent("blog.d").path
        try Self.octavo(["-t", "epub", "--split-by", "year", "--site-root", Self.site, "-o", "blog.epub", "--depfile", depfile] + posts,
                        quiet: false, in: workspace)
        let volumes = years.map { workspace.url.appendingPathComponent("blog-\($0).epub") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.url.path).filter { $0.hasSuffix(".epub") }.sorted()
            == volumes.map(\.lastPathComponent))
        try Self.checkBooks(volumes)
        var chapters = 0
        for (index, volume) in volumes.enumerated() {
            let book = try EPUBBook(volume)
            chapters += book.chapterPaths.count
            let package = try book.text("EPUB/package.opf")
            #expect(package.contains("<meta property=\"belongs-to-collection\" id=\"collection\">Margin Notes</meta>"))
            #expect(package.contains("property=\"group-position\">\(index + 1)</meta>"))
            #expect(package.contains("<dc:title>Margin Notes · \(years[index])</dc:title>"))
        }
        #expect(chapters == posts.count)
        let rule = try String(contentsOfFile: depfile, encoding: .utf8).split(separator: "\n")[0]
        #expect(rule.hasPrefix(volumes.map { "blog-\($0.lastPathComponent.dropFirst(5))" }.joined(separator: " ") + ":"), "\(rule)")
        try Self.octavo(["-t", "epub", "--split-by", "category", "--site-root", Self.site, "-o", "by-category.epub"] + posts,
                        quiet: false, in: workspace)
        #expect(FileManager.default.fileExists(atPath: workspace.url.appendingPathComponent("by-category-uncategorized.epub").path))
    }

    @Test func usageErrors() throws {
        let seed = try TestData.sitePosts
        #expect(try OctavoBinary.run(["-t", "epub"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "-o", "-"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "-t", "opml", "--output-dir", "x"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "--order", "title", "-o", "x.epub"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "--toc-depth", "0", "-o", "x.epub"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "--split-by", "month", "-o", "x.epub"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "--split-by", "year", "--output-dir", "x"] + seed).status == 2)
        #expect(try OctavoBinary.run(["-t", "epub", "--language", "not a tag", "-o", "x.epub"] + seed).status == 2)
    }

    /// A post whose front matter declares another language than the book's keeps it on
    /// its chapter, and the package lists it after the book's language.
    @Test func chaptersKeepTheLanguageTheirPostDeclares() throws {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-zh.md", "---\ntitle: 中文\n---\n\n这是一篇中文文章。\n")
        try workspace.write("2026-5-2-en.md", "---\ntitle: English\nlang: en\n---\n\n这是中文，但作者说它是英文。\n")
        try workspace.write("2026-5-3-fr.md", "---\ntitle: Français\nlanguage: fr\n---\n\nUn texte en français.\n")
        try workspace.write("2026-5-4-detected.md", "---\ntitle: Detected\n---\n\nAn English text, detected.\n")
        try Self.octavo(["-t", "epub", "--language", "zh", "-o", "book.epub", "2026-5-1-zh.md", "2026-5-2-en.md", "2026-5-3-fr.md",
                         "2026-5-4-detected.md"], in: workspace)
        let path = workspace.url.appendingPathComponent("book.epub")
        let book = try EPUBBook(path)
        let languages = try book.chapterPaths.map { chapter in
            try book.text(chapter).components(separatedBy: "xml:lang=\"").dropFirst().first?.prefix { $0 != "\"" }.description ?? ""
        }
        #expect(languages == ["zh", "en", "fr", "zh"])
        let package = try book.text("EPUB/package.opf")
        #expect(package.contains("<dc:language>zh</dc:language>\n    <dc:language>en</dc:language>\n    <dc:language>fr</dc:language>\n"), "\(package)")
        try Self.checkBooks([path])
    }

    @Test func languageTitleAndAuthorAreWrittenAsThePackageNeedsThem() throws {
        let workspace = try Workspace()
        try workspace.write("2026-5-1-post.md", "---\ntitle: \"  \"\nauthor: \" \"\n---\n\nText.\n")
        try Self.octavo(["-t", "epub", "--language", "zh_CN", "--title", " ", "-o", "book.epub", "2026-5-1-post.md"], in: workspace)
        let book = try EPUBBook(workspace.url.appendingPathComponent("book.epub"))
        let package = try book.text("EPUB/package.opf")
        #expect(package.contains("<dc:language>zh-CN</dc:language>"), "\(package)")
        #expect(!package.contains("<dc:creator"), "\(package)")
        #expect(try book.text(book.chapterPaths[0]).contains("xml:lang=\"zh-CN\""))
        let script = "SOURCE_DATE_EPOCH=-9223372036854775808 '\(OctavoBinary.url.path)' -t epub -o late.epub 2026-5-1-post.md"
        let epoch = try ExternalTool.run(["sh", "-c", script], in: workspace.url)
        #expect(epoch.status == 2, "\(epoch.output)")
        #expect(epoch.output.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"), "\(epoch.output)")
    }
}

/// A site whose one post tries every way of getting a book to carry what it must not:
/// scripts, event handlers, misnested HTML, paths out of the site root (plain,
/// absolute, percent-encoded, through a symbolic link), a remote image and an AVIF one.
struct HostileSite {
    /// The lines of the post whose images are refused with a warning.
    static let refusedImageLines = [12, 14, 16, 18, 20, 22, 24]

    let post: String

    init(in workspace: Workspace) throws {
        let manager = FileManager.default
        let root = workspace.url.appendingPathComponent("hostile")
        for folder in ["site/_posts", "site/images"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let png = TestData.png(red: 200, green: 40, blue: 40)
        try png.write(to: root.appendingPathComponent("site/images/ok.png"))
        try png.write(to: root.appendingPathComponent("secret.png"))
        try Data("top secret\n".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try Data([0, 0, 0, 0x1C] + Array("ftypavifmif1miaf".utf8) + [UInt8](repeating: 0, count: 16))
            .write(to: root.appendingPathComponent("site/images/new.avif"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("site/images/out.png").path,
                                       withDestinationPath: root.appendingPathComponent("secret.png").path)
        try Data("title: Hostile\n".utf8).write(to: root.appendingPathComponent("site/_config.yml"))
        let text = """
            ---
            title: Hostile
            ---
            <script>alert(1)</script>

            <p onclick="alert(1)">Click <a href="javascript:alert(1)">here</a>.</p>

            <p><div>A div in a paragraph.</div></p>

            [a script link](javascript:alert(1))

            ![passwd](../../etc/passwd)

            ![absolute](/etc/passwd)

            ![dots](%2e%2e/%2e%2e/secret.png)

            ![through a link](/images/out.png)

            ![remote](http://example.com/x.png)

            ![avif](/images/new.avif)

            <img src="../../secret.txt" onerror="alert(1)">

            ![fine](/images/ok.png) and again ![fine](../images/ok.png)

            """
        let path = root.appendingPathComponent("site/_posts/2024-01-01-hostile.md")
        try Data(text.utf8).write(to: path)
        post = path.path
    }
}

/// A post of hostile addresses and SVG images: bare URLs running into Chinese prose,
/// links that no URL parser accepts, SVG ids that are not XML names and references to
/// elements an image does not have.
struct HostileAddressesSite {
    let post: String

    init(in workspace: Workspace) throws {
        for folder in ["addresses/images", "addresses/_posts"] {
            try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try workspace.write("addresses/_config.yml", "title: Addresses\n")
        try workspace.write("addresses/images/ids.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
            <style>.c { fill: url(#1abc); stroke: url(#gone); }</style>
            <defs><linearGradient id="1abc"><stop offset="0"/></linearGradient><path id="a shape" d="M0 0h5v5z"/></defs>
            <rect id="r" width="10" height="10" fill="url(#1abc)" style="stroke: url('#x'); fill: url(#1abc)"/>
            <use href="#a shape"/><use xlink:href="#a shape"/><use href="#missing"/><use xlink:href="#missing"/>
            <g id="r"/>
            </svg>
            """)
        try workspace.write("addresses/images/dangling.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="url(#x)" filter="url(#f)"/></svg>
            """)
        try workspace.write("addresses/_posts/2024-02-01-addresses.md", """
            ---
            title: 地址
            ---
            服务运行在 http://127.0.0.1:9000，并使用默认配置。访问 https://example.com/路径。然后（见 http://example.org/a）继续。

            另见 www.example.com/docs：文档，以及 http://例子.测试/页面「引用」结束。

            [a link with a space](http://exa mple.com/x) and [an unclosed bracket](http://[::1/x) and [ports](http://example.com:99999/).

            ![ids](/images/ids.svg)

            ![dangling](/images/dangling.svg)

            <a href="http://example.com/%zz">bad escape</a> <a href="https://例子.测试/?q=中文#片段">ok</a>

            """)
        post = workspace.url.appendingPathComponent("addresses/_posts/2024-02-01-addresses.md").path
    }
}

/// Posts whose different images ask for the same place in a book: `a/fig.png` and
/// `b/fig.png` (each post's folder is its site root), and `images/Photo.png` beside
/// `images/photo.png`.
struct ClashingImagesSite {
    let posts: [String]
    /// The image files' bytes, in the order the posts show them first.
    let images: [Data]

    init(in workspace: Workspace) throws {
        let manager = FileManager.default
        let root = workspace.url.appendingPathComponent("clashing")
        for folder in ["a", "b", "c/images"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let pngs = (1...4).map { TestData.png(red: UInt8($0 * 50), green: 90, blue: 160) }
        #expect(pngs.count == 4 && Set(pngs).count == 4)
        let places = ["a/fig.png", "b/fig.png", "c/images/Photo.png", "c/images/photo.png"]
        for (png, place) in zip(pngs, places) { try png.write(to: root.appendingPathComponent(place)) }
        let texts = [
            "a/2026-1-1-a.md": "---\ntitle: A\n---\n\n![a](fig.png)\n",
            "b/2026-1-2-b.md": "---\ntitle: B\n---\n\n![b](fig.png)\n",
            "c/2026-1-3-c.md": "---\ntitle: C\n---\n\n![c](images/Photo.png) ![d](images/photo.png) ![e](images/photo.png)\n",
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
        posts = texts.keys.sorted().map { root.appendingPathComponent($0).path }
        images = pngs
    }
}

/// Two posts whose links name fragments: some exist (`#here`, a heading of the other
/// post, a Chinese heading written percent-encoded), some do not (`#missing`, `#nope`).
struct BrokenFragmentsSite {
    let posts: [String]

    init(in workspace: Workspace) throws {
        try FileManager.default.createDirectory(at: workspace.url.appendingPathComponent("fragments"), withIntermediateDirectories: true)
        try workspace.write("fragments/2026-1-1-f.md", """
            ---
            title: F
            ---

            ## Here

            [missing](#missing) and [here](#here)

            [there](2026-1-2-g.md#there) and [nope](2026-1-2-g.md#nope)

            ## 笔记

            [notes](#%E7%AC%94%E8%AE%B0)

            """)
        try workspace.write("fragments/2026-1-2-g.md", "---\ntitle: G\n---\n\n## There\n\nText.\n")
        posts = ["2026-1-1-f.md", "2026-1-2-g.md"].map { workspace.url.appendingPathComponent("fragments/" + $0).path }
    }
}

/// `octavo -t epub` on the shared seed and corpus.
@Suite struct EPUBCommandCorpusTests {
    @Test func seedAndCorpusBooksPassEPUBCheckAndEbooklib() throws {
        let site = TestData.sharedFolder.appendingPathComponent("corpus/site").path
        let workspace = try Workspace()
        let seedBook = workspace.url.appendingPathComponent("seed.epub")
        try EPUBCommandTests.octavo(["-t", "epub", "--site-root", site, "-o", seedBook.path] + TestData.sharedPosts("seed"))
        let corpus = try TestData.sharedPosts("corpus/posts")
        let books = try EPUBCommandTests.siteBooks(of: corpus, siteRoot: site, in: workspace)
        try EPUBCommandTests.checkBooks([seedBook] + books)
        #expect(try EPUBBook(books[0]).chapterPaths.count == corpus.count)
        #expect(try EPUBBook(seedBook).imagePaths.count > 0)
    }
}
