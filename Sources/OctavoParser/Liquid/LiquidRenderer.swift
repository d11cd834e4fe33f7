import OctavoModel

/// A post body with its Liquid rendered, and where each of its lines came from.
public struct LiquidRendering: Sendable {
    /// The rendered text.
    public var bytes: [UInt8]
    /// For each line of `bytes` (index 0 is its first line), the line of the post it
    /// came from: text outside tags keeps its own line; what a tag or output wrote
    /// (an include's lines, say) takes the line of that tag.
    public var lines: [Int]
    /// Tags and outputs left as text, and what could not be rendered.
    public var warnings: [Diagnostic]

    /// The post line of line `line` of the rendered text (both 1-based, counted from
    /// the top of the file, the body starting at `firstLine`).
    public func sourceLine(of line: Int, firstLine: Int) -> Int {
        let index = line - firstLine
        guard index >= 0, !lines.isEmpty else { return line }
        return lines[min(index, lines.count - 1)]
    }
}

/// Renders the Liquid of a post body the way Jekyll does before kramdown reads it,
/// with the variables `site`, `page` and, inside an include, `include`.
///
/// Nothing but this interpreter runs, and only files in the site's `_includes/` are
/// read. Loops stop after `iterationLimit` iterations and output after `outputLimit`
/// bytes, includes nest at most `includeDepthLimit` deep, each with a warning.
public struct LiquidRenderer: Sendable {
    public var site: LiquidSite
    /// The post's front matter and the facts Jekyll adds (`url`, `date`, `title`, `slug`).
    public var page: LiquidValue

    public static let iterationLimit = 100_000
    public static let outputLimit = 10 << 20
    public static let includeDepthLimit = 10

    public init(site: LiquidSite, page: LiquidValue) {
        self.site = site
        self.page = page
    }

    /// Whether the text from byte `offset` of `source` holds a `{{` or `{%`: without
    /// one there is nothing to render.
    public static func hasLiquid(_ source: Source, from offset: Int = 0) -> Bool {
        source.bytes.withUnsafeBufferPointer { bytes in
            var index = offset
            while index + 1 < bytes.count {
                if bytes[index] == 0x7B, bytes[index + 1] == 0x7B || bytes[index + 1] == 0x25 { return true }
                index += 1
            }
            return false
        }
    }

    /// Renders the body of `source` that starts at byte `offset` (the start of a line).
    public func render(_ source: Source, from offset: Int = 0) -> LiquidRendering {
        let body = Array(source.bytes[offset...])
        let firstLine = offset == 0 ? 1 : source.position(ofOffset: offset).line
        var state = LiquidRenderState(renderer: self, post: body, path: source.path, bodyOffset: offset, source: source)
        let template = LiquidTemplate(body)
        for problem in template.problems { state.warn(problem.message, at: problem.offset, in: state.postFrame) }
        state.render(template.nodes, in: state.postFrame)
        let lines = state.lineMap(firstLine: firstLine)
        return LiquidRendering(bytes: state.output, lines: lines, warnings: state.warnings)
    }
}

/// Where nodes being rendered come from: the post, or an include file.
struct LiquidFrame {
    var bytes: [UInt8]
    /// The include's name; nil for the post.
    var include: String?
    /// For an include, the offset in the post of the outermost `include` tag.
    var anchor: Int
    var depth: Int
}

/// A piece of output: from the post at `postOffset`, or written for the tag at `anchor`.
struct LiquidSegment {
    var start: Int
    var postOffset: Int?
    var anchor: Int
}

struct LiquidRenderState {
    let renderer: LiquidRenderer
    let post: [UInt8]
    let path: String
    let bodyOffset: Int
    let source: Source
    var output: [UInt8] = []
    var segments: [LiquidSegment] = []
    var captures: [[UInt8]] = []
    var variables: [String: LiquidValue] = [:]
    var include: LiquidValue = .null
    var warnings: [Diagnostic] = []
    var iterations = 0
    var written = 0
    var stopped = false
    var includes: [String: Result<LiquidTemplate, LiquidSyntaxError>] = [:]
    var includeBytes: [String: [UInt8]] = [:]
    var warnedIncludes: Set<String> = []

    static let warningLimit = 100

    init(renderer: LiquidRenderer, post: [UInt8], path: String, bodyOffset: Int, source: Source) {
        self.renderer = renderer
        self.post = post
        self.path = path
        self.bodyOffset = bodyOffset
        self.source = source
    }

    var postFrame: LiquidFrame { LiquidFrame(bytes: post, include: nil, anchor: 0, depth: 0) }

    // MARK: Output

    mutating func emit<Bytes: Collection<UInt8>>(_ bytes: Bytes, postOffset: Int?, anchor: Int) {
        guard !stopped, !bytes.isEmpty else { return }
        written += bytes.count
        if written > LiquidRenderer.outputLimit {
            stopped = true
            warn("output is larger than \(LiquidRenderer.outputLimit >> 20) MB; the rest of the post is left out", at: anchor, in: postFrame)
            return
        }
        if captures.isEmpty {
            segments.append(LiquidSegment(start: output.count, postOffset: postOffset, anchor: anchor))
            output.append(contentsOf: bytes)
        } else {
            captures[captures.count - 1].append(contentsOf: bytes)
        }
    }

    /// Text of a frame: post text keeps its place; include text takes its tag's.
    mutating func emitText(_ range: Range<Int>, in frame: LiquidFrame) {
        emit(frame.bytes[range], postOffset: frame.include == nil ? range.lowerBound : nil, anchor: frame.include == nil ? range.lowerBound : frame.anchor)
    }

    /// The post line of each output line.
    func lineMap(firstLine: Int) -> [Int] {
        let postLines = LiquidRenderState.lineStarts(post)
        func postLine(_ offset: Int) -> Int {
            var low = 0, high = postLines.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if postLines[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low + firstLine
        }
        var lines: [Int] = []
        var segment = 0
        for start in LiquidRenderState.lineStarts(output) {
            while segment + 1 < segments.count, segments[segment + 1].start <= start { segment += 1 }
            guard segment < segments.count else {
                lines.append(postLine(post.count))
                continue
            }
            let piece = segments[segment]
            if let offset = piece.postOffset, start >= piece.start {
                lines.append(postLine(offset + start - piece.start))
            } else {
                lines.append(postLine(piece.anchor))
            }
        }
        return lines
    }

    /// The offsets where lines start; a line ends at LF, CR LF or a lone CR.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    // MARK: Warnings

    mutating func warn(_ message: String, at offset: Int, in frame: LiquidFrame) {
        guard warnings.count <= LiquidRenderState.warningLimit else { return }
        if warnings.count == LiquidRenderState.warningLimit {
            warnings.append(Diagnostic(.warning, path: path, position: source.position(ofOffset: bodyOffset + offset),
                                       message: "Liquid: further warnings about this post are left out"))
            return
        }
        var text = message
        var postOffset = offset
        if let name = frame.include {
            let position = SourcePosition(offset: offset, in: frame.bytes)
            text = "in _includes/\(name):\(position.line):\(position.column): " + message
            postOffset = frame.anchor
        }
        warnings.append(Diagnostic(.warning, path: path, position: source.position(ofOffset: bodyOffset + postOffset), message: "Liquid: " + text))
    }

    // MARK: Nodes

    mutating func render(_ nodes: [LiquidNode], in frame: LiquidFrame) {
        for node in nodes {
            guard !stopped else { return }
            render(node, in: frame)
        }
    }

    private func anchor(_ offset: Int, _ frame: LiquidFrame) -> Int {
        frame.include == nil ? offset : frame.anchor
    }

    private mutating func render(_ node: LiquidNode, in frame: LiquidFrame) {
        switch node {
        case .text(let range), .literal(let range):
            emitText(range, in: frame)
        case .output(let expression, let offset):
            do {
                emit(Array(try evaluate(expression).text.utf8), postOffset: nil, anchor: anchor(offset, frame))
            } catch {
                warn(error.message, at: offset, in: frame)
            }
        case .assign(let name, let expression, let offset):
            do {
                variables[name] = try evaluate(expression)
                warnIfUnknownSite(expression.value, "'\(name)' is empty", at: offset, in: frame)
            } catch {
                warn(error.message, at: offset, in: frame)
            }
        case .capture(let name, let body):
            captures.append([])
            render(body, in: frame)
            variables[name] = .string(String(decoding: captures.removeLast(), as: UTF8.self))
        case .conditional(let branches, let negatesFirst, let offset):
            for (index, branch) in branches.enumerated() {
                guard let condition = branch.condition else {
                    render(branch.body, in: frame)
                    return
                }
                do {
                    if try test(condition) != (index == 0 && negatesFirst) {
                        render(branch.body, in: frame)
                        return
                    }
                } catch {
                    warn(error.message, at: offset, in: frame)
                    return
                }
            }
        case .loop(let loop, let offset):
            renderLoop(loop, at: offset, in: frame)
        case .highlight(let language, let body, let offset):
            captures.append([])
            render(body, in: frame)
            var code = Substring(String(decoding: captures.removeLast(), as: UTF8.self))
            while code.first == "\n" || code.first == "\r" { code = code.dropFirst() }
            while code.last == "\n" || code.last == "\r" { code = code.dropLast() }
            var longest = 0, run = 0
            for character in code {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
            let fence = String(repeating: "`", count: max(3, longest + 1))
            let block = fence + language + "\n" + code + "\n" + fence
            emit(Array(block.utf8), postOffset: nil, anchor: anchor(offset, frame))
        case .include(let file, let parameters, let offset):
            renderInclude(file, parameters, at: offset, in: frame)
        case .link(let path, let offset):
            guard let url = linkURL(path) else {
                warn("link '\(path)' names no post or page Octavo can place; left as text", at: offset, in: frame)
                return
            }
            emit(Array(url.utf8), postOffset: nil, anchor: anchor(offset, frame))
        case .postURL(let name, let offset):
            guard let url = postURL(name) else {
                warn("post_url '\(name)' names no dated post; left out", at: offset, in: frame)
                return
            }
            emit(Array(url.utf8), postOffset: nil, anchor: anchor(offset, frame))
        }
    }

    /// Warns when `expression` is `site.key` and the site has no `key`: a list such as
    /// `site.posts` or a collection, which only Jekyll, reading the whole site, knows.
    private mutating func warnIfUnknownSite(_ expression: LiquidExpression, _ consequence: String, at offset: Int, in frame: LiquidFrame) {
        guard case .variable("site", let keys) = expression, case .literal(.string(let key))? = keys.first,
              renderer.site.configuration[key] == .null else { return }
        warn("site.\(key) is not known to Octavo (it reads one post, not the site); \(consequence)", at: offset, in: frame)
    }

    private mutating func renderLoop(_ loop: LiquidLoop, at offset: Int, in frame: LiquidFrame) {
        var items: [LiquidValue]
        do throws(LiquidSyntaxError) {
            let collection = try evaluate(loop.collection)
            switch collection {
            case .array(let values): items = values
            case .hash(let entries): items = entries.map { .array([.string($0.key), $0.value]) }
            case .string(let text): items = text.isEmpty ? [] : [.string(text)]
            case .null:
                items = []
                warnIfUnknownSite(loop.collection, "the loop is empty", at: offset, in: frame)
            default: items = []
            }
            if let start = loop.offset {
                guard case .int(let count) = try evaluate(start) else { throw LiquidSyntaxError(message: "'offset' must be an integer") }
                items = Array(items.dropFirst(max(0, count)))
            }
            if let limit = loop.limit {
                guard case .int(let count) = try evaluate(limit) else { throw LiquidSyntaxError(message: "'limit' must be an integer") }
                items = Array(items.prefix(max(0, count)))
            }
        } catch {
            warn(error.message, at: offset, in: frame)
            return
        }
        if loop.reversed { items.reverse() }
        guard !items.isEmpty else {
            render(loop.emptyBody, in: frame)
            return
        }
        let saved = (variables[loop.variable], variables["forloop"])
        for (index, item) in items.enumerated() {
            iterations += 1
            if iterations > LiquidRenderer.iterationLimit {
                stopped = true
                warn("more than \(LiquidRenderer.iterationLimit) loop iterations; the rest of the post is left out", at: offset, in: frame)
                break
            }
            variables[loop.variable] = item
            variables["forloop"] = .hash([
                LiquidEntry(key: "index", value: .int(index + 1)), LiquidEntry(key: "index0", value: .int(index)),
                LiquidEntry(key: "rindex", value: .int(items.count - index)), LiquidEntry(key: "rindex0", value: .int(items.count - index - 1)),
                LiquidEntry(key: "first", value: .bool(index == 0)), LiquidEntry(key: "last", value: .bool(index == items.count - 1)),
                LiquidEntry(key: "length", value: .int(items.count)),
            ])
            render(loop.body, in: frame)
            if stopped { break }
        }
        variables[loop.variable] = saved.0
        variables["forloop"] = saved.1
    }

    private mutating func renderInclude(_ file: String, _ parameters: [LiquidIncludeParameter], at offset: Int, in frame: LiquidFrame) {
        guard frame.depth < LiquidRenderer.includeDepthLimit else {
            warn("includes nest deeper than \(LiquidRenderer.includeDepthLimit); include '\(file)' left out", at: offset, in: frame)
            return
        }
        guard let root = renderer.site.root else {
            warn("the post has no site (no _config.yml above it); include '\(file)' left out", at: offset, in: frame)
            return
        }
        if includes[file] == nil {
            switch LiquidIncludeFolder(root: root).read(file) {
            case .success(let bytes):
                includeBytes[file] = bytes
                includes[file] = .success(LiquidTemplate(bytes))
            case .failure(let error):
                includes[file] = .failure(error)
            }
        }
        let template: LiquidTemplate
        switch includes[file] {
        case .success(let parsed): template = parsed
        case .failure(let error):
            warn(error.message, at: offset, in: frame)
            return
        case nil: return
        }
        let nested = LiquidFrame(bytes: includeBytes[file] ?? [], include: file, anchor: anchor(offset, frame), depth: frame.depth + 1)
        if !warnedIncludes.contains(file) {
            warnedIncludes.insert(file)
            for problem in template.problems { warn(problem.message, at: problem.offset, in: nested) }
        }
        var values: [LiquidEntry] = []
        do {
            for parameter in parameters { values.append(LiquidEntry(key: parameter.name, value: try evaluate(parameter.value))) }
        } catch {
            warn(error.message, at: offset, in: frame)
            return
        }
        let saved = include
        include = .hash(values)
        render(template.nodes, in: nested)
        include = saved
    }
}
