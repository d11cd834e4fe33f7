/// A Liquid value expression: a literal, a variable with its lookups, or a range.
indirect enum LiquidExpression: Sendable, Equatable {
    case literal(LiquidValue)
    /// A name and the keys after it: `.name` is a string key, `[expr]` any expression.
    case variable(String, [LiquidExpression])
    /// `(first..last)`, integers.
    case range(LiquidExpression, LiquidExpression)
    /// The keyword `empty`, which equals empty strings, arrays and hashes.
    case empty
    /// The keyword `blank`, which also equals nil, false and white space.
    case blank
}

/// A filter applied in an output or `assign`: `| name: argument, key: value`.
struct LiquidFilterCall: Sendable, Equatable {
    var name: String
    var arguments: [LiquidExpression] = []
    var keywords: [String: LiquidExpression] = [:]
}

/// An expression and the filters applied to it one after another.
struct LiquidFilteredExpression: Sendable, Equatable {
    var value: LiquidExpression
    var filters: [LiquidFilterCall]
}

/// The condition of `if`, `elsif` and `unless`. Liquid groups `and`/`or` from the
/// right with no precedence: `a or b and c` is `a or (b and c)`.
indirect enum LiquidCondition: Sendable, Equatable {
    case value(LiquidExpression)
    case comparison(LiquidExpression, String, LiquidExpression)
    case and(LiquidCondition, LiquidCondition)
    case or(LiquidCondition, LiquidCondition)
}

/// Why a tag or output could not be read; it is then left as text.
struct LiquidSyntaxError: Error, Equatable {
    var message: String
}

/// A word of Liquid markup.
enum LiquidMarkupToken: Sendable, Equatable {
    case identifier(String)
    case string(String)
    case number(LiquidValue)
    case symbol(String)
}

/// Reads expressions, filter chains and conditions from the markup of a tag or output.
struct LiquidExpressionParser {
    private(set) var tokens: [LiquidMarkupToken]
    private(set) var position = 0

    init(_ markup: some StringProtocol) throws(LiquidSyntaxError) {
        tokens = try LiquidExpressionParser.scan(String(markup))
    }

    /// Whether every token was read.
    var isAtEnd: Bool { position >= tokens.count }

    var peek: LiquidMarkupToken? { position < tokens.count ? tokens[position] : nil }

    mutating func advance() -> LiquidMarkupToken? {
        defer { position += 1 }
        return peek
    }

    /// Reads `symbol` if it comes next.
    mutating func take(_ symbol: String) -> Bool {
        guard peek == .symbol(symbol) else { return false }
        position += 1
        return true
    }

    /// Reads the word `word` if it comes next.
    mutating func takeWord(_ word: String) -> Bool {
        guard peek == .identifier(word) else { return false }
        position += 1
        return true
    }

    mutating func identifier() throws(LiquidSyntaxError) -> String {
        guard case .identifier(let name) = advance() else { throw LiquidSyntaxError(message: "expected a name") }
        return name
    }

    /// Fails unless every token was read.
    func end() throws(LiquidSyntaxError) {
        guard isAtEnd else { throw LiquidSyntaxError(message: "unexpected \(describe(tokens[position]))") }
    }

    /// A literal, a variable with lookups, or a range.
    mutating func expression() throws(LiquidSyntaxError) -> LiquidExpression {
        switch advance() {
        case .string(let text): return .literal(.string(text))
        case .number(let number): return .literal(number)
        case .symbol("("):
            let first = try expression()
            guard take("..") else { throw LiquidSyntaxError(message: "expected '..' in a range") }
            let last = try expression()
            guard take(")") else { throw LiquidSyntaxError(message: "expected ')' after a range") }
            return .range(first, last)
        case .identifier(let name):
            switch name {
            case "true": return .literal(.bool(true))
            case "false": return .literal(.bool(false))
            case "nil", "null": return .literal(.null)
            case "empty": return .empty
            case "blank": return .blank
            default: break
            }
            var keys: [LiquidExpression] = []
            while true {
                if take(".") {
                    keys.append(.literal(.string(try identifier())))
                } else if take("[") {
                    keys.append(try expression())
                    guard take("]") else { throw LiquidSyntaxError(message: "expected ']'") }
                } else {
                    break
                }
            }
            return .variable(name, keys)
        case let token?:
            throw LiquidSyntaxError(message: "unexpected \(describe(token))")
        case nil:
            throw LiquidSyntaxError(message: "expected a value")
        }
    }

    /// An expression and its filters, up to the end of the markup.
    mutating func filteredExpression() throws(LiquidSyntaxError) -> LiquidFilteredExpression {
        let value = try expression()
        var filters: [LiquidFilterCall] = []
        while take("|") {
            var call = LiquidFilterCall(name: try identifier())
            if take(":") {
                repeat {
                    if case .identifier(let key) = peek, position + 1 < tokens.count, tokens[position + 1] == .symbol(":") {
                        position += 2
                        call.keywords[key] = try expression()
                    } else {
                        call.arguments.append(try expression())
                    }
                } while take(",")
            }
            filters.append(call)
        }
        try end()
        return LiquidFilteredExpression(value: value, filters: filters)
    }

    /// A condition, up to the end of the markup.
    mutating func condition() throws(LiquidSyntaxError) -> LiquidCondition {
        let left = try expression()
        var condition = LiquidCondition.value(left)
        if case .symbol(let symbol) = peek, ["==", "!=", "<>", "<", ">", "<=", ">="].contains(symbol) {
            position += 1
            condition = .comparison(left, symbol == "<>" ? "!=" : symbol, try expression())
        } else if takeWord("contains") {
            condition = .comparison(left, "contains", try expression())
        }
        if takeWord("and") { return .and(condition, try self.condition()) }
        if takeWord("or") { return .or(condition, try self.condition()) }
        try end()
        return condition
    }

    private func describe(_ token: LiquidMarkupToken) -> String {
        switch token {
        case .identifier(let name): "'\(name)'"
        case .string(let text): "string \"\(text)\""
        case .number(let number): "number \(number.text)"
        case .symbol(let symbol): "'\(symbol)'"
        }
    }

    /// Splits markup into names, quoted strings, numbers and symbols.
    static func scan(_ markup: String) throws(LiquidSyntaxError) -> [LiquidMarkupToken] {
        let scalars = Array(markup.unicodeScalars)
        var tokens: [LiquidMarkupToken] = []
        var index = 0
        func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isAlphabetic
        }
        func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
            isNameStart(scalar) || scalar == "-" || ("0"..."9").contains(scalar)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isLiquidWhitespace {
                index += 1
            } else if scalar == "\"" || scalar == "'" {
                guard let close = scalars[(index + 1)...].firstIndex(of: scalar) else {
                    throw LiquidSyntaxError(message: "unclosed string")
                }
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[(index + 1)..<close])
                tokens.append(.string(String(text)))
                index = close + 1
            } else if ("0"..."9").contains(scalar)
                        || (scalar == "-" && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1])) {
                var end = index + 1
                while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                var isDecimal = false
                if end + 1 < scalars.count, scalars[end] == ".", ("0"..."9").contains(scalars[end + 1]) {
                    isDecimal = true
                    end += 1
                    while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
                }
                var digits = String.UnicodeScalarView()
                digits.append(contentsOf: scalars[index..<end])
                let text = String(digits)
                if isDecimal, let value = Double(text) {
                    tokens.append(.number(.double(value)))
                } else if let value = Int(text) {
                    tokens.append(.number(.int(value)))
                } else {
                    throw LiquidSyntaxError(message: "number \(text) is too large")
                }
                index = end
            } else if isNameStart(scalar) {
                var end = index + 1
                while end < scalars.count, isNamePart(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end] == "?" { end += 1 }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: scalars[index..<end])
                tokens.append(.identifier(String(name)))
                index = end
            } else {
                let two = index + 1 < scalars.count ? String(scalar) + String(scalars[index + 1]) : ""
                if ["==", "!=", "<>", "<=", ">=", ".."].contains(two) {
                    tokens.append(.symbol(two))
                    index += 2
                } else if "|:,.[]()<>=".unicodeScalars.contains(scalar) {
                    tokens.append(.symbol(String(scalar)))
                    index += 1
                } else {
                    throw LiquidSyntaxError(message: "unexpected character '\(scalar)'")
                }
            }
        }
        return tokens
    }
}
