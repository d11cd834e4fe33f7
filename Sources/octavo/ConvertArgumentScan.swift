/// A quick reading of the common `octavo [convert options] [FILE...]` command line,
/// so that a conversion starts without swift-argument-parser, whose reflection takes
/// a few milliseconds of every run (measured: 17M of the 22M instructions of a run on
/// empty input).
///
/// It accepts only what it reads exactly as `Convert` would: the convert options
/// spelled out (`-t json`, `--to json`, `--to=json`), flags given once, and input
/// paths. For anything else (a subcommand, help, version, completion, an unknown or
/// repeated option, a value that looks like an option, `--name=` with nothing after
/// the `=`, `--`) it returns nil and the
/// command line goes to swift-argument-parser, which also says what is wrong.
/// `ConvertArgumentScanTests` checks both readings agree.
enum ConvertArgumentScan {
    /// The options `arguments` (without the program name) give, or nil to leave them
    /// to swift-argument-parser.
    static func options<Arguments: Collection<String>>(from arguments: Arguments) -> ConvertOptions? {
        var options = ConvertOptions()
        var seen: [Option] = []
        var index = arguments.startIndex
        while index != arguments.endIndex {
            var argument = arguments[index]
            arguments.formIndex(after: &index)
            guard argument.utf8.first == UInt8(ascii: "-"), argument != "-" else {
                guard !subcommandNames.contains(argument) else { return nil }
                options.inputs.append(argument)
                continue
            }
            var attached: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                // swift-argument-parser reads `--name=` as `--name` followed by its value.
                guard argument.index(after: equals) != argument.endIndex else { return nil }
                attached = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            guard let option = Option(argument) else { return nil }
            if option != .to {
                guard !seen.contains(option) else { return nil }
                seen.append(option)
            }
            if option.isFlag {
                guard attached == nil, option.apply(nil, to: &options) else { return nil }
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else {
                guard index != arguments.endIndex else { return nil }
                value = arguments[index]
                arguments.formIndex(after: &index)
                guard value.utf8.first != UInt8(ascii: "-") || value == "-" else { return nil }
            }
            guard option.apply(value, to: &options) else { return nil }
        }
        return options
    }

    /// Words swift-argument-parser may read as a subcommand.
    static let subcommandNames = ["convert", "inspect", "validate", "formats", "help"]

    /// The convert options this scan reads, by their long names.
    enum Option: String, CaseIterable {
        case from, to, output, outputDir = "output-dir", jobs, title, math, order, tocDepth = "toc-depth", splitBy = "split-by"
        case author, language
        case css, cover, siteRoot = "site-root", siteURL = "site-url", standalone, highlight, opmlFlat = "opml-flat", archiveLinks = "archive-links", strict, quiet, progress
        case depfile, noTypography = "no-typography", drafts, unpublished, stdinName = "stdin-name"

        /// The option `spelling` names (`-t`, `--to`), if this scan reads it.
        init?(_ spelling: String) {
            switch spelling {
            case "-f": self = .from
            case "-t": self = .to
            case "-o": self = .output
            case "-s": self = .standalone
            default:
                guard spelling.hasPrefix("--") else { return nil }
                self.init(rawValue: String(spelling.dropFirst(2)))
            }
        }

        var isFlag: Bool {
            switch self {
            case .standalone, .highlight, .opmlFlat, .archiveLinks, .strict, .quiet, .noTypography, .drafts, .unpublished: true
            case .from, .to, .output, .outputDir, .jobs, .title, .math, .order, .tocDepth, .splitBy, .author, .language, .css, .cover,
                 .siteRoot, .siteURL, .progress, .depfile, .stdinName: false
            }
        }

        /// Gives the option its value (nil for a flag, which is turned on); false when
        /// the value is not one the option takes.
        func apply(_ value: String?, to options: inout ConvertOptions) -> Bool {
            guard let value else {
                switch self {
                case .standalone: options.standalone = true
                case .highlight: options.highlight = true
                case .opmlFlat: options.opmlFlat = true
                case .archiveLinks: options.archiveLinks = true
                case .strict: options.strict = true
                case .quiet: options.quiet = true
                case .noTypography: options.noTypography = true
                case .drafts: options.drafts = true
                case .unpublished: options.unpublished = true
                default: return false
                }
                return true
            }
            switch self {
            case .from: options.from = value
            case .to: options.to.append(value)
            case .output: options.output = value
            case .outputDir: options.outputDir = value
            case .jobs:
                guard let number = Int(value) else { return false }
                options.jobs = number
            case .title: options.title = value
            case .math: options.math = value
            case .order: options.order = value
            case .tocDepth:
                guard let number = Int(value) else { return false }
                options.tocDepth = number
            case .splitBy: options.splitBy = value
            case .author: options.author = value
            case .language: options.language = value
            case .css: options.css = value
            case .cover: options.cover = value
            case .siteRoot: options.siteRoot = value
            case .siteURL: options.siteURL = value
            case .progress:
                guard let mode = ProgressMode(rawValue: value) else { return false }
                options.progress = mode
            case .depfile: options.depfile = value
            case .stdinName: options.stdinName = value
            case .standalone, .highlight, .opmlFlat, .archiveLinks, .strict, .quiet, .noTypography, .drafts, .unpublished: return false
            }
            return true
        }
    }
}
