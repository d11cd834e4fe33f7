import OctavoModel
import Yams

/// The YAML block that opens a post, between a first line `---` and the next line
/// `---` or `...`, read into metadata the way Jekyll reads it.
///
/// Known keys become typed fields (`title`, `date`, `category`/`categories`,
/// `tag`/`tags`, `layout`, `slug`, `lang`); every other key is kept in `fields` with
/// its value typed as YAML 1.1 types a plain scalar (`yes` is true, `1_000` is 1000).
/// Invalid YAML, a front matter that is not a mapping and an unclosed front matter are
/// errors located at their line and column in the file; a `date` that is no date is a
/// warning there, and the post keeps the file name's date, as Jekyll does.
struct FrontMatter {
    /// What the front matter says; no source path and nothing from the file name.
    var metadata: Metadata
    /// The byte offset of the line after the front matter; 0 when there is none.
    var bodyOffset: Int
    /// What was read past, such as a date that is no date.
    var warnings: [Diagnostic] = []

    /// Finds and reads the front matter of `source`; a source without one has empty metadata.
    init(_ source: Source) throws(Diagnostic) {
        let bytes = source.bytes
        guard let firstLine = FrontMatter.line(in: bytes, from: 0), FrontMatter.isMarker(bytes[firstLine.content], "---") else {
            self.init(metadata: Metadata(), bodyOffset: 0)
            return
        }
        var offset = firstLine.next
        while let line = FrontMatter.line(in: bytes, from: offset) {
            if FrontMatter.isMarker(bytes[line.content], "---") || FrontMatter.isMarker(bytes[line.content], "...") {
                var reader = YAMLReader(source: source, start: firstLine.next)
                let metadata = try reader.metadata(String(decoding: bytes[firstLine.next..<offset], as: UTF8.self))
                self.init(metadata: metadata, bodyOffset: line.next)
                warnings = reader.warnings
                return
            }
            offset = line.next
        }
        throw Diagnostic(.error, path: source.path, position: SourcePosition(line: 1, column: 1),
                         message: "front matter is not closed: no line `---` or `...` after the opening `---`")
    }

    private init(metadata: Metadata, bodyOffset: Int) {
        self.metadata = metadata
        self.bodyOffset = bodyOffset
    }

    /// The line starting at `start`: its content without the line ending, and where the next begins.
    private static func line(in bytes: [UInt8], from start: Int) -> (content: Range<Int>, next: Int)? {
        guard start < bytes.count else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        var next = end
        if next < bytes.count {
            next += bytes[next] == 0x0D && next + 1 < bytes.count && bytes[next + 1] == 0x0A ? 2 : 1
        }
        return (start..<end, next)
    }

    /// Whether a line is `marker` followed by nothing but spaces and tabs.
    private static func isMarker(_ line: ArraySlice<UInt8>, _ marker: StaticString) -> Bool {
        let count = marker.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let matches = marker.withUTF8Buffer { line.prefix(count).elementsEqual($0) }
        return matches && line.dropFirst(count).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}

/// Reads the YAML text of a front matter with Yams into metadata, reporting problems
/// at their place in the whole file.
private struct YAMLReader {
    let source: Source
    /// The byte offset of the YAML text in the file.
    let start: Int
    /// What was read past.
    var warnings: [Diagnostic] = []
    /// How many values have been made so far.
    private var valueCount = 0
    /// The most values a front matter may hold, aliases expanded.
    static let valueBudget = 100_000
    /// The deepest a front matter's lists and mappings may nest.
    static let maximumDepth = 100

    init(source: Source, start: Int) {
        self.source = source
        self.start = start
    }

    mutating func metadata(_ yaml: String) throws(Diagnostic) -> Metadata {
        let root: Node?
        do {
            root = try YAMLDocument.root(of: yaml)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        } catch {
            throw failure("invalid YAML in front matter: \(error)", at: nil)
        }
        guard let root else { return Metadata() }
        guard case .mapping(let mapping) = root else {
            throw failure("front matter must be a mapping of keys to values, not \(kind(of: root))", at: root.mark)
        }
        var metadata = Metadata()
        var categories: [String] = []
        var categoryList: [String] = []
        var tags: [String] = []
        var tagList: [String] = []
        for (keyNode, valueNode) in mapping {
            let key = try self.key(keyNode)
            switch key {
            case "title": metadata.title = try title(valueNode)
            case "layout": metadata.layout = try text(valueNode, key)
            case "slug": metadata.slug = try text(valueNode, key)
            case "lang": metadata.lang = try text(valueNode, key)
            case "date": metadata.date = try date(valueNode)
            case "category": categories = try names(valueNode, key, splitting: false)
            case "categories": categoryList = try names(valueNode, key, splitting: true)
            case "tag": tags = try names(valueNode, key, splitting: false)
            case "tags": tagList = try names(valueNode, key, splitting: true)
            default: metadata.fields.append(MetadataEntry(key: key, value: try value(of: valueNode)))
            }
        }
        metadata.categories = unique(categories + categoryList)
        metadata.tags = unique(tags + tagList)
        return metadata
    }

    // MARK: Known keys

    /// The text of a scalar; nil for null.
    private func text(_ node: Node, _ key: String) throws(Diagnostic) -> String? {
        guard case .scalar(let scalar) = node else {
            throw failure("`\(key)` must be text, not \(kind(of: node))", at: node.mark)
        }
        return isNull(scalar) ? nil : scalar.string
    }

    /// The text of a `title`, without the characters no XML document can hold (control
    /// characters, U+FFFE, U+FFFF), which are left out with a warning; nil when nothing
    /// with text is left, so that every output names the post as it names an untitled one.
    private mutating func title(_ node: Node) throws(Diagnostic) -> String? {
        guard let text = try text(node, "title") else { return nil }
        let refused = text.unicodeScalars.filter { !XMLEscaping.isAllowed($0) }
        guard !refused.isEmpty else { return text }
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter(XMLEscaping.isAllowed)))
        var names: [String] = []
        for scalar in refused {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            if !names.contains(name) { names.append(name) }
        }
        let characters = "characters no document can hold (\(names.joined(separator: ", ")))"
        var warning = failure(kept.hasText ? "`title` has \(characters); they are left out"
            : "`title` has no text, only \(characters); the post is untitled", at: node.mark)
        warning.severity = .warning
        warnings.append(warning)
        return kept.hasText ? kept : nil
    }

    /// The date a `date` value names; nil, with a warning, when it names none.
    private mutating func date(_ node: Node) throws(Diagnostic) -> PostDate? {
        guard let text = try text(node, "date") else { return nil }
        guard let date = PostDate(parsing: text) else {
            var warning = failure("`date` is not a date: \"\(text)\" (expected YYYY-MM-DD, optionally with HH:MM:SS and a zone); "
                + "the file name's date is used", at: node.mark)
            warning.severity = .warning
            warnings.append(warning)
            return nil
        }
        return date
    }

    /// Category or tag names: a scalar (split at spaces for the plural keys, as Jekyll
    /// does) or a list of scalars and lists.
    private mutating func names(_ node: Node, _ key: String, splitting: Bool, depth: Int = 0) throws(Diagnostic) -> [String] {
        try count(node, depth: depth)
        switch node {
        case .scalar(let scalar):
            if isNull(scalar) { return [] }
            return splitting ? scalar.string.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) : [scalar.string]
        case .sequence(let sequence):
            var names: [String] = []
            for item in sequence { names += try self.names(item, key, splitting: false, depth: depth + 1) }
            return names
        case .mapping, .alias:
            throw failure("`\(key)` must be a name or a list of names, not \(kind(of: node))", at: node.mark)
        }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }

    // MARK: Other keys

    private func key(_ node: Node) throws(Diagnostic) -> String {
        guard case .scalar(let scalar) = node else {
            throw failure("a front matter key must be a scalar, not \(kind(of: node))", at: node.mark)
        }
        return scalar.string
    }

    /// Counts one more value read at `depth` against `valueBudget` and `maximumDepth`:
    /// aliases share one node many times over, and a few lines of them can name
    /// billions of values (nine anchors of nine aliases each), so a front matter that
    /// would expand past the budget or nest too deep is an error instead.
    private mutating func count(_ node: Node, depth: Int) throws(Diagnostic) {
        valueCount += 1
        guard valueCount <= YAMLReader.valueBudget else {
            throw failure("front matter too large: more than \(YAMLReader.valueBudget) values once its YAML aliases are expanded",
                          at: node.mark)
        }
        guard depth < YAMLReader.maximumDepth else {
            throw failure("front matter nested deeper than \(YAMLReader.maximumDepth) levels", at: node.mark)
        }
    }

    /// The value of a node (see `count`).
    private mutating func value(of node: Node, depth: Int = 0) throws(Diagnostic) -> MetadataValue {
        try count(node, depth: depth)
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? PlainScalar.value(scalar.string) : .string(scalar.string)
        case .sequence(let sequence):
            var items: [MetadataValue] = []
            for item in sequence { items.append(try value(of: item, depth: depth + 1)) }
            return .list(items)
        case .mapping(let mapping):
            var entries: [MetadataEntry] = []
            for (key, value) in mapping {
                entries.append(MetadataEntry(key: try self.key(key), value: try self.value(of: value, depth: depth + 1)))
            }
            return .map(entries)
        case .alias:
            throw failure("unresolved YAML alias", at: node.mark)
        }
    }

    private func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && PlainScalar.value(scalar.string) == .null
    }

    private func kind(of node: Node) -> String {
        switch node {
        case .scalar: "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    // MARK: Positions

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            guard let context else { return failure("invalid YAML in front matter: \(problem)", at: mark) }
            // A quote, bracket or brace left open is noticed lines later, where the text
            // ends or the next key stands: the problem is where it was opened.
            let isUnclosed = problem.contains("end of stream") || context.text.contains("flow") || context.text.contains("quoted")
            if isUnclosed, context.mark.line < mark.line {
                let noticed = source.position(ofOffset: offset(of: mark)).line
                return failure("invalid YAML in front matter: \(problem) (\(context.text) opened here and not closed by line \(noticed))",
                               at: context.mark)
            }
            return failure("invalid YAML in front matter: \(problem) (\(context.text))", at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return failure("invalid YAML in front matter: duplicate key \(keys)", at: context.mark)
        case .reader(let problem, _, _, _):
            return failure("invalid YAML in front matter: \(problem)", at: nil)
        default:
            return failure("invalid YAML in front matter: \(error)", at: nil)
        }
    }

    /// An error at a YAML mark (1-based line, column in Unicode scalars), or at the
    /// start of the YAML text when there is none.
    private func failure(_ message: String, at mark: Mark?) -> Diagnostic {
        Diagnostic(.error, path: source.path, position: source.position(ofOffset: offset(of: mark)), message: message)
    }

    /// The byte offset in the file of a YAML mark.
    private func offset(of mark: Mark?) -> Int {
        let bytes = source.bytes
        var offset = start
        guard let mark else { return offset }
        var line = 1
        while line < mark.line, offset < bytes.count {
            if bytes[offset] == 0x0A || (bytes[offset] == 0x0D && (offset + 1 >= bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
            }
            offset += 1
        }
        var column = 1
        while column < mark.column, offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return offset
    }
}
