#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import OctavoPipeline
import OctavoWriters

/// The options of `octavo convert` as plain values, whichever way the command line was
/// read: by `Convert` (swift-argument-parser) or by `ConvertArgumentScan`.
struct ConvertOptions: Equatable {
    var from = ReaderRegistry.defaultName
    var to: [String] = []
    var output: String?
    var outputDir: String?
    var jobs: Int?
    var title: String?
    var math: String?
    var order = ChapterOrder.date.rawValue
    var tocDepth = 2
    var splitBy: String?
    var author: String?
    var language: String?
    var css: String?
    var cover: String?
    var siteRoot: String?
    var siteURL: String?
    var standalone = false
    var highlight = false
    var opmlFlat = false
    var archiveLinks = false
    var strict = false
    var quiet = false
    var progress: ProgressMode = .auto
    var depfile: String?
    var noTypography = false
    var drafts = false
    var unpublished = false
    var stdinName: String?
    var listFormats = false
    var inputs: [String] = []

    /// Why these options cannot run together, as a usage error says it; nil when they can.
    var usageProblem: String? {
        if listFormats { return nil }
        guard ReaderRegistry.reader(named: from) != nil else {
            return "unknown input format '\(from)'" + Self.hint(for: from, among: FormatList.inputNames)
        }
        guard !to.isEmpty else {
            return "missing output format: give -t FORMAT (octavo --list-formats lists them)"
        }
        for format in to where WriterRegistry.writer(named: format) == nil && WriterRegistry.collectionWriter(named: format) == nil
            && format != EPUBFormat.format {
            return "unknown output format '\(format)'" + Self.hint(for: format, among: FormatList.outputNames)
        }
        if let math, MathMarkup(rawValue: math) == nil {
            return "--math must be mathml or tex"
        }
        if let value = getenv("SOURCE_DATE_EPOCH"), value.pointee != 0, Self.sourceDateEpoch == nil {
            return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, before the year 10000"
        }
        if let jobs, jobs < 1 {
            return "--jobs must be at least 1"
        }
        if output != nil && outputDir != nil {
            return "give either -o or --output-dir, not both"
        }
        if depfile != nil && (output == nil || output == "-") {
            return "--depfile needs -o FILE"
        }
        if to.count > 1 && outputDir == nil {
            return "several -t formats need --output-dir"
        }
        if standalone, to != [HTMLWriter.format] {
            return "--standalone goes with -t html only"
        }
        if standalone, outputDir == nil, inputs.count > 1 {
            return Self.standaloneInputsProblem
        }
        if to.contains(EPUBFormat.format), let problem = bookProblem {
            return problem
        }
        guard outputDir != nil else { return nil }
        for format in to where WriterRegistry.collectionWriter(named: format) != nil && WriterRegistry.writer(named: format) == nil {
            return "-t \(format) writes one output for all inputs; give -o instead of --output-dir"
        }
        if stdinName == nil && (inputs.isEmpty || inputs.contains("-")) {
            return "standard input with --output-dir needs --stdin-name to name its output"
        }
        return nil
    }

    /// Why a standalone page cannot be written: it holds one post.
    static let standaloneInputsProblem = "--standalone writes one page per post: give one input, or --output-dir"

    /// What is wrong with the options of `-t epub`, if anything.
    private var bookProblem: String? {
        if outputDir == nil && (output == nil || output == "-") {
            return "-t epub writes a book to a file: give -o FILE (or --output-dir for a book per post)"
        }
        if ChapterOrder(rawValue: order) == nil {
            return "--order must be date or input"
        }
        if tocDepth < 1 {
            return "--toc-depth must be at least 1"
        }
        if let splitBy {
            guard VolumeSplit(rawValue: splitBy) != nil else { return "--split-by must be year or category" }
            guard outputDir == nil else { return "--split-by splits the book of -o FILE; give -o instead of --output-dir" }
        }
        if let language, BookSettings.languageTag(language) == nil {
            return "--language must be a language tag such as en, zh or zh-CN"
        }
        return nil
    }

    /// What follows an unknown format's name: the format it was likely meant to be, and
    /// where the formats are listed.
    private static func hint(for name: String, among names: [String]) -> String {
        let suggestion = FormatList.suggestion(for: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return suggestion + " (octavo --list-formats lists them)"
    }

    /// `SOURCE_DATE_EPOCH` from the environment, when it is a whole number of seconds
    /// from 1970 to the end of 9999.
    static var sourceDateEpoch: Int? {
        guard let value = getenv("SOURCE_DATE_EPOCH"), let seconds = Int(String(cString: value)) else { return nil }
        return (0...253_402_300_799).contains(seconds) ? seconds : nil
    }
}
