/// Evaluating expressions, filter chains and conditions against the variables in scope.
extension LiquidRenderState {
    func lookup(_ name: String) -> LiquidValue {
        if let value = variables[name] { return value }
        switch name {
        case "site": return renderer.site.configuration
        case "page": return renderer.page
        case "include": return include
        default: return .null
        }
    }

    func evaluate(_ expression: LiquidExpression) throws(LiquidSyntaxError) -> LiquidValue {
        switch expression {
        case .literal(let value): return value
        case .empty, .blank: return .string("")
        case .range(let first, let last):
            guard let from = try evaluate(first).number, let to = try evaluate(last).number else {
                throw LiquidSyntaxError(message: "a range needs numbers")
            }
            let limit = Double(LiquidRenderer.iterationLimit)
            guard from.isFinite, to.isFinite, abs(from) < 1e15, abs(to) < 1e15, to.rounded(.down) - from.rounded(.down) < limit else {
                throw LiquidSyntaxError(message: "a range of more than \(LiquidRenderer.iterationLimit) numbers is too long")
            }
            let low = Int(from.rounded(.down)), high = Int(to.rounded(.down))
            return .array(low <= high ? (low...high).map { .int($0) } : [])
        case .variable(let name, let keys):
            var value = lookup(name)
            for key in keys { value = member(value, try evaluate(key)) }
            return value
        }
    }

    func member(_ value: LiquidValue, _ key: LiquidValue) -> LiquidValue {
        switch (value, key) {
        case (.hash(let entries), .string(let name)):
            if let entry = entries.last(where: { $0.key == name }) { return entry.value }
            return name == "size" ? .int(entries.count) : .null
        case (.array(let items), .int(let index)):
            let position = index < 0 ? index + items.count : index
            return items.indices.contains(position) ? items[position] : .null
        case (.array(let items), .string("size")): return .int(items.count)
        case (.array(let items), .string("first")): return items.first ?? .null
        case (.array(let items), .string("last")): return items.last ?? .null
        case (.string(let text), .string("size")): return .int(text.count)
        default: return .null
        }
    }

    func evaluate(_ expression: LiquidFilteredExpression) throws(LiquidSyntaxError) -> LiquidValue {
        var value = try evaluate(expression.value)
        for filter in expression.filters {
            var arguments: [LiquidValue] = []
            for argument in filter.arguments { arguments.append(try evaluate(argument)) }
            if filter.name == "where_exp" || filter.name == "find_exp" {
                value = try selecting(value, arguments, first: filter.name == "find_exp")
                continue
            }
            do {
                value = try LiquidFilters.apply(filter.name, to: value, arguments, site: renderer.site.filterSite)
            } catch {
                throw LiquidSyntaxError(message: error.message)
            }
        }
        return value
    }

    /// `where_exp: "name", "condition"`: the items for which the condition holds with
    /// the item as `name`; `find_exp` gives the first of them. Anything but a list is kept.
    private func selecting(_ input: LiquidValue, _ arguments: [LiquidValue], first: Bool) throws(LiquidSyntaxError) -> LiquidValue {
        guard arguments.count == 2 else { throw LiquidSyntaxError(message: "where_exp needs a name and a condition") }
        guard case .array(let items) = input else { return input }
        var parser = try LiquidExpressionParser(arguments[1].text)
        let condition = try parser.condition()
        var scope = self
        var kept: [LiquidValue] = []
        for item in items {
            scope.variables[arguments[0].text] = item
            if try scope.test(condition) {
                if first { return item }
                kept.append(item)
            }
        }
        return first ? .null : .array(kept)
    }

    func test(_ condition: LiquidCondition) throws(LiquidSyntaxError) -> Bool {
        switch condition {
        case .value(let expression): return try evaluate(expression).isTruthy
        case .and(let left, let right):
            guard try test(left) else { return false }
            return try test(right)
        case .or(let left, let right):
            if try test(left) { return true }
            return try test(right)
        case .comparison(let leftExpression, let operation, let rightExpression):
            if case .empty = rightExpression, operation == "==" || operation == "!=" {
                return try evaluate(leftExpression).isEmpty == (operation == "==")
            }
            if case .blank = rightExpression, operation == "==" || operation == "!=" {
                let value = try evaluate(leftExpression)
                let isBlank = !value.isTruthy || value.isEmpty || (value.text.trimmingWhitespace.isEmpty && value.isString)
                return isBlank == (operation == "==")
            }
            let left = try evaluate(leftExpression), right = try evaluate(rightExpression)
            switch operation {
            case "==": return LiquidRenderState.equal(left, right)
            case "!=": return !LiquidRenderState.equal(left, right)
            case "contains":
                switch left {
                case .string(let text): return right != .null && text.contains(right.text)
                case .array(let items): return items.contains { LiquidRenderState.equal($0, right) }
                case .hash(let entries): return entries.contains { $0.key == right.text }
                default: return false
                }
            default:
                let order: Int
                switch (left, right) {
                case (.int, .int), (.int, .double), (.double, .int), (.double, .double):
                    let a = left.number ?? 0, b = right.number ?? 0
                    order = a < b ? -1 : a > b ? 1 : 0
                case (.string(let a), .string(let b)):
                    order = a < b ? -1 : a > b ? 1 : 0
                case (.null, _), (_, .null):
                    return false
                default:
                    throw LiquidSyntaxError(message: "cannot compare \(left.json) with \(right.json)")
                }
                switch operation {
                case "<": return order < 0
                case ">": return order > 0
                case "<=": return order <= 0
                default: return order >= 0
                }
            }
        }
    }

    static func equal(_ left: LiquidValue, _ right: LiquidValue) -> Bool {
        switch (left, right) {
        case (.int, .double), (.double, .int): return left.number == right.number
        default: return left == right
        }
    }
}

extension LiquidValue {
    fileprivate var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
