/// A parameter of `{% include file key="value" key2=variable %}`.
struct LiquidIncludeParameter: Sendable, Equatable {
    var name: String
    var value: LiquidExpression
}

/// One branch of `if`/`unless`: its condition (nil for `else`) and body.
struct LiquidBranch: Sendable, Equatable {
    var condition: LiquidCondition?
    var body: [LiquidNode]
}

/// `{% for name in collection reversed limit: n offset: m %}`.
struct LiquidLoop: Sendable, Equatable {
    var variable: String
    var collection: LiquidExpression
    var limit: LiquidExpression?
    var offset: LiquidExpression?
    var reversed: Bool
    var body: [LiquidNode]
    var emptyBody: [LiquidNode]
}

/// A node of a parsed template. Offsets are byte offsets in the template.
indirect enum LiquidNode: Sendable, Equatable {
    /// Template text, copied as is.
    case text(Range<Int>)
    /// A tag or output left as text: its bytes in the template.
    case literal(Range<Int>)
    case output(LiquidFilteredExpression, at: Int)
    case assign(String, LiquidFilteredExpression, at: Int)
    case capture(String, [LiquidNode])
    /// `if` (or `unless`, whose first condition is negated) with its branches.
    case conditional([LiquidBranch], negatesFirst: Bool, at: Int)
    case loop(LiquidLoop, at: Int)
    case highlight(language: String, [LiquidNode], at: Int)
    case include(file: String, [LiquidIncludeParameter], at: Int)
    case link(String, at: Int)
    case postURL(String, at: Int)
}

/// A template parsed into nodes, with what was left as text and why.
struct LiquidTemplate: Sendable {
    var nodes: [LiquidNode]
    /// Byte offsets in the template and messages (without the `Liquid: ` prefix).
    var problems: [(offset: Int, message: String)]

    /// Parses the template in `bytes`.
    init(_ bytes: [UInt8]) {
        let (tokens, unclosed) = LiquidLexer(bytes: bytes).tokens()
        var parser = LiquidTemplateParser(tokens: tokens)
        nodes = parser.nodes(until: []).nodes
        problems = unclosed.map { ($0, "'\(bytes[$0 + 1] == 0x7B ? "{{" : "{%")' is not closed; left as text") } + parser.problems
        problems.sort { $0.offset < $1.offset }
    }
}

/// Builds nodes from tokens; what it cannot read becomes a literal with a problem.
private struct LiquidTemplateParser {
    let tokens: [LiquidToken]
    var index = 0
    var problems: [(offset: Int, message: String)] = []

    init(tokens: [LiquidToken]) {
        self.tokens = tokens
    }

    /// The tags that end a block, which only that block reads.
    static let endings: Set<String> = ["endif", "endunless", "elsif", "else", "endfor", "endcapture", "endraw",
                                       "endcomment", "endhighlight"]

    /// Nodes up to a tag named in `ends`, which is read and returned; nil at the end.
    mutating func nodes(until ends: Set<String>) -> (nodes: [LiquidNode], end: LiquidToken?) {
        var nodes: [LiquidNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                nodes.append(.text(token.range))
            case .output:
                do {
                    nodes.append(.output(try filtered(token.markup), at: token.range.lowerBound))
                } catch {
                    leave(token, error.message)
                    nodes.append(.literal(token.range))
                }
            case .tag:
                if ends.contains(token.name) { return (nodes, token) }
                nodes += tag(token)
            }
        }
        return (nodes, nil)
    }

    private mutating func leave(_ token: LiquidToken, _ message: String) {
        problems.append((token.range.lowerBound, message + "; left as text"))
    }

    private func filtered(_ markup: String) throws(LiquidSyntaxError) -> LiquidFilteredExpression {
        var parser = try LiquidExpressionParser(markup)
        let expression = try parser.filteredExpression()
        if let unknown = expression.filters.first(where: { !LiquidFilters.names.contains($0.name) }) {
            throw LiquidSyntaxError(message: "unknown filter '\(unknown.name)'")
        }
        return expression
    }

    /// The nodes a tag gives: one node, or the tag as text and what followed it.
    private mutating func tag(_ token: LiquidToken) -> [LiquidNode] {
        let arguments = token.markup.dropFirst(token.name.count).trimmingWhitespace
        do throws(LiquidSyntaxError) {
            switch token.name {
            case "assign":
                guard let equals = arguments.firstIndex(of: "=") else { throw LiquidSyntaxError(message: "'assign' needs 'name = value'") }
                let name = arguments[..<equals].trimmingWhitespace
                var check = try LiquidExpressionParser(name)
                _ = try check.identifier()
                try check.end()
                return [.assign(name, try filtered(String(arguments[arguments.index(after: equals)...])), at: token.range.lowerBound)]
            case "if", "unless":
                return try conditional(token, arguments)
            case "for":
                return try loop(token, arguments)
            case "capture":
                var parser = try LiquidExpressionParser(arguments)
                let name = try parser.identifier()
                try parser.end()
                return block(token, ends: ["endcapture"]) { .capture(name, $0) }
            case "highlight":
                let language = String(arguments.prefix { !$0.isWhitespace })
                return block(token, ends: ["endhighlight"]) { .highlight(language: language, $0, at: token.range.lowerBound) }
            case "raw":
                return block(token, ends: ["endraw"]) { $0.first ?? .text(token.range.upperBound..<token.range.upperBound) }
            case "comment":
                return comment(token)
            case "include":
                return [try include(token, arguments)]
            case "link", "post_url":
                guard !arguments.isEmpty, !arguments.contains("{{") else {
                    throw LiquidSyntaxError(message: "'\(token.name)' needs a literal name")
                }
                return [token.name == "link" ? .link(arguments, at: token.range.lowerBound) : .postURL(arguments, at: token.range.lowerBound)]
            case _ where Self.endings.contains(token.name):
                throw LiquidSyntaxError(message: "unexpected '\(token.name)'")
            default:
                throw LiquidSyntaxError(message: "unknown tag '\(token.name)'")
            }
        } catch {
            leave(token, error.message)
            return [.literal(token.range)]
        }
    }

    /// A block with one body: the node `make` builds, or, when it is not closed, the
    /// opening tag as text followed by the body.
    private mutating func block(_ token: LiquidToken, ends: Set<String>, _ make: ([LiquidNode]) -> LiquidNode) -> [LiquidNode] {
        let (body, end) = nodes(until: ends)
        guard end != nil else {
            leave(token, "'\(token.name)' is not closed")
            return [.literal(token.range)] + body
        }
        return [make(body)]
    }

    private mutating func comment(_ token: LiquidToken) -> [LiquidNode] {
        var depth = 1
        var scan = index
        while scan < tokens.count {
            let name = tokens[scan].kind == .tag ? tokens[scan].name : ""
            if name == "comment" { depth += 1 }
            if name == "endcomment" {
                depth -= 1
                if depth == 0 {
                    index = scan + 1
                    return []
                }
            }
            scan += 1
        }
        leave(token, "'comment' is not closed")
        return [.literal(token.range)]
    }

    private mutating func conditional(_ token: LiquidToken, _ arguments: String) throws(LiquidSyntaxError) -> [LiquidNode] {
        var parser = try LiquidExpressionParser(arguments)
        var condition: LiquidCondition? = try parser.condition()
        var branches: [LiquidBranch] = []
        var flattened: [LiquidNode] = [.literal(token.range)]
        let end = token.name == "if" ? "endif" : "endunless"
        var seenElse = false
        while true {
            let (body, closer) = nodes(until: seenElse ? [end] : [end, "elsif", "else"])
            branches.append(LiquidBranch(condition: condition, body: body))
            flattened += body
            guard let closer else {
                leave(token, "'\(token.name)' is not closed")
                return flattened
            }
            flattened.append(.literal(closer.range))
            if closer.name == end { return [.conditional(branches, negatesFirst: token.name == "unless", at: token.range.lowerBound)] }
            if closer.name == "else" {
                seenElse = true
                condition = nil
            } else {
                do {
                    var branch = try LiquidExpressionParser(closer.markup.dropFirst(closer.name.count))
                    condition = try branch.condition()
                } catch {
                    leave(closer, error.message)
                    condition = .value(.literal(.bool(false)))
                }
            }
        }
    }

    private mutating func loop(_ token: LiquidToken, _ arguments: String) throws(LiquidSyntaxError) -> [LiquidNode] {
        var parser = try LiquidExpressionParser(arguments)
        let variable = try parser.identifier()
        guard parser.takeWord("in") else { throw LiquidSyntaxError(message: "'for' needs 'name in collection'") }
        var loop = LiquidLoop(variable: variable, collection: try parser.expression(), reversed: false, body: [], emptyBody: [])
        while !parser.isAtEnd {
            if parser.takeWord("reversed") {
                loop.reversed = true
            } else if parser.takeWord("limit"), parser.take(":") {
                loop.limit = try parser.expression()
            } else if parser.takeWord("offset"), parser.take(":") {
                loop.offset = try parser.expression()
            } else {
                throw LiquidSyntaxError(message: "unknown 'for' option")
            }
            _ = parser.take(",")
        }
        let (body, closer) = nodes(until: ["endfor", "else"])
        loop.body = body
        var flattened: [LiquidNode] = [.literal(token.range)] + body
        if let closer, closer.name == "else" {
            flattened.append(.literal(closer.range))
            let (emptyBody, end) = nodes(until: ["endfor"])
            loop.emptyBody = emptyBody
            flattened += emptyBody
            if end != nil { return [.loop(loop, at: token.range.lowerBound)] }
        } else if closer != nil {
            return [.loop(loop, at: token.range.lowerBound)]
        }
        leave(token, "'for' is not closed")
        return flattened
    }

    /// `include file key="value" key='value' key=variable`.
    private func include(_ token: LiquidToken, _ arguments: String) throws(LiquidSyntaxError) -> LiquidNode {
        let scalars = Array(arguments.unicodeScalars)
        var index = 0
        func word(_ stop: (Unicode.Scalar) -> Bool) -> String {
            var text = String.UnicodeScalarView()
            while index < scalars.count, !stop(scalars[index]) {
                text.append(scalars[index])
                index += 1
            }
            return String(text)
        }
        func skipSpace() { while index < scalars.count, scalars[index].isLiquidWhitespace { index += 1 } }
        let file = word(\.isLiquidWhitespace)
        guard !file.isEmpty, !file.contains("{{") else { throw LiquidSyntaxError(message: "'include' needs a literal file name") }
        var parameters: [LiquidIncludeParameter] = []
        skipSpace()
        while index < scalars.count {
            let name = word { $0 == "=" || $0.isLiquidWhitespace }
            skipSpace()
            guard !name.isEmpty, index < scalars.count, scalars[index] == "=" else {
                throw LiquidSyntaxError(message: "include parameters must be key=\"value\" or key=variable")
            }
            index += 1
            skipSpace()
            guard index < scalars.count else { throw LiquidSyntaxError(message: "include parameter '\(name)' has no value") }
            let quote = scalars[index]
            if quote == "\"" || quote == "'" {
                index += 1
                var text = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != quote {
                    if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "\"" || scalars[index + 1] == "'" {
                        index += 1
                    }
                    text.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { throw LiquidSyntaxError(message: "include parameter '\(name)' is not closed") }
                index += 1
                parameters.append(LiquidIncludeParameter(name: name, value: .literal(.string(String(text)))))
            } else {
                var parser = try LiquidExpressionParser(word(\.isLiquidWhitespace))
                let value = try parser.expression()
                try parser.end()
                parameters.append(LiquidIncludeParameter(name: name, value: value))
            }
            skipSpace()
        }
        return .include(file: file, parameters, at: token.range.lowerBound)
    }
}
