import ArgumentParser
import OctavoPipeline
import OctavoWriters

/// `octavo convert`, the default: converts inputs from one format to another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert posts from one format to another (the default subcommand).")

    @Option(name: [.customShort("f"), .customLong("from")], help: ArgumentHelp("Input format: jekyll (the default), commonmark, gfm or json.", valueName: "format"),
            completion: .list(FormatList.inputNames))
    var from = ConvertOptions().from

    @Option(name: [.customShort("t"), .customLong("to")], help: ArgumentHelp(
        "Output format: \(FormatList.outputNames.joined(separator: ", ")); several per-post formats with --output-dir.", valueName: "format"),
        completion: .list(FormatList.outputNames))
    var to: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Output file, replaced atomically; - is standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    @Option(help: ArgumentHelp(
        "Write one file per post (html, xhtml, json, pandoc-json, epub) into this folder, keeping the inputs' layout and naming files by slug.",
        valueName: "folder"), completion: .directory)
    var outputDir: String?

    @Option(help: ArgumentHelp("Number of threads reading and converting posts (default: the number of cores); under make -j, only as many as make has job slots free.", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Title of a collection (epub, opml, bookmarks, pandoc-json); else the single post's title, else the inputs' folder name.", valueName: "title"))
    var title: String?

    @Option(help: ArgumentHelp(
        "Math in xhtml, epub and html: mathml or tex; the default is mathml in xhtml and epub, tex (for MathJax) in html. JSON always keeps the TeX.",
        valueName: "mathml|tex"), completion: .list(MathMarkup.allCases.map(\.rawValue)))
    var math: String?

    @Option(help: ArgumentHelp("With -t epub: chapters by post date (oldest first) or in input order.", valueName: "date|input"), completion: .list(ChapterOrder.allCases.map(\.rawValue)))
    var order = ConvertOptions().order

    @Option(help: ArgumentHelp("With -t epub: levels of the table of contents (1: post titles; 2: and their top headings; ...).", valueName: "n"))
    var tocDepth = ConvertOptions().tocDepth

    @Option(help: ArgumentHelp(
        "With -t epub -o NAME.epub: one book per year or per category, NAME-KEY.epub, each a volume of one series.",
        valueName: "year|category"), completion: .list(VolumeSplit.allCases.map(\.rawValue)))
    var splitBy: String?

    @Option(help: ArgumentHelp("With -t epub: the book's author; else the posts' author front matter.", valueName: "name"))
    var author: String?

    @Option(help: ArgumentHelp("With -t epub: the language of the book (such as zh or en); else each post's lang or the language of its text.", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp(
        "With -t epub: a stylesheet file replacing the default one; with -t html --standalone: the address of a stylesheet the page links instead.",
        valueName: "file"),
            completion: .file(extensions: ["css"]))
    var css: String?

    @Option(help: ArgumentHelp("With -t epub: the cover image (PNG, JPEG, GIF, WebP or SVG).", valueName: "image"),
            completion: .file())
    var cover: String?

    @Option(help: ArgumentHelp(
        "With -t epub: where site-relative images (/images/x.png) are found, and the only folder images are read from; else the nearest folder above each post holding _config.yml, else the post's folder.",
        valueName: "folder"), completion: .directory)
    var siteRoot: String?

    @Option(help: ArgumentHelp(
        "With -t epub: the site's address, for links to its pages that are not in the book; else url and baseurl from _config.yml; without one such links keep only their text.",
        valueName: "url"))
    var siteURL: String?

    @Flag(name: [.customShort("s"), .long], help: "With -t html: a complete page (title, language, stylesheet, MathJax for TeX math) instead of a body fragment.")
    var standalone = false

    @Flag(help: "With -t html: highlight fenced code in a known language with classed spans (xhtml and epub always do).")
    var highlight = false

    @Flag(help: "With -t opml or bookmarks: one level of bookmarks instead of posts and sections.")
    var opmlFlat = false

    @Flag(help: ArgumentHelp(
        "Beside each bookmark, a link to its copy in the Wayback Machine dated to the post (https://web.archive.org/web/YYYYMMDD/URL); no network is used."))
    var archiveLinks = false

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print no warnings; errors are still printed (with --strict, warnings are errors and printed).")
    var quiet = false

    @Option(help: ArgumentHelp(
        "A progress bar on standard error: auto (on a terminal, for more than \(ProgressMode.fewPosts) posts, not with --quiet), always or never.",
        valueName: "when"))
    var progress = ConvertOptions().progress

    @Option(help: ArgumentHelp(
        "With -o FILE: also write a make rule saying FILE depends on every post read, when FILE is written.",
        valueName: "file"), completion: .file())
    var depfile: String?

    @Flag(help: "Keep straight quotes, --, ... and << >> as written (typography is on for jekyll input).")
    var noTypography = false

    @Flag(help: "Also read posts in _drafts folders.")
    var drafts = false

    @Flag(help: "Also convert posts whose front matter says published: false (left out otherwise, as Jekyll does).")
    var unpublished = false

    @Option(help: ArgumentHelp("The path standard input stands for, in messages and for its date and slug.", valueName: "path"),
            completion: .file())
    var stdinName: String?

    @Flag(help: "List the input and output formats and exit.")
    var listFormats = false

    @Argument(help: ArgumentHelp(
        "Input files, or folders walked for *.md and *.markdown (skipping _site, _drafts and hidden ones); none, or -, reads standard input.",
        valueName: "file"), completion: .file())
    var inputs: [String] = []

    /// The parsed options as plain values.
    var options: ConvertOptions {
        ConvertOptions(
            from: from, to: to, output: output, outputDir: outputDir, jobs: jobs, title: title, math: math, order: order,
            tocDepth: tocDepth, splitBy: splitBy, author: author, language: language, css: css, cover: cover, siteRoot: siteRoot, siteURL: siteURL,
            standalone: standalone, highlight: highlight, opmlFlat: opmlFlat, archiveLinks: archiveLinks, strict: strict, quiet: quiet, progress: progress, depfile: depfile,
            noTypography: noTypography, drafts: drafts, unpublished: unpublished, stdinName: stdinName, listFormats: listFormats,
            inputs: inputs)
    }

    func validate() throws {
        if let problem = options.usageProblem { throw ValidationError(problem) }
    }

    func run() throws {
        options.run()
    }
}
