import OctavoModel

/// The inline nodes of one block while they are being parsed: an arena of nodes linked
/// as siblings, so wrapping a run of nodes into emphasis or a link is constant time.
struct InlineTree {
    /// What a node is; text-like kinds keep their bytes in `store[start..<end]`.
    enum Kind: UInt8 {
        case text, softBreak, lineBreak, code, html, footnoteReference, math
        case emphasis, strong, strikethrough, link, image
        /// A kramdown span attribute list: `target` indexes `attributeLists`, the bytes are its
        /// source, kept as text when no element comes right before it.
        case attributeList
    }

    /// One node; links to other nodes are arena indices, -1 for none.
    struct Node {
        var kind: Kind
        var start: Int
        var end: Int
        /// For links and images: the index of their target in `targets`.
        var target: Int = -1
        var first: Int = -1
        var last: Int = -1
        var previous: Int = -1
        var next: Int = -1
    }

    /// Where a link or image points, and how it was written.
    struct Target {
        var destination: String
        var title: String
        var style: LinkStyle
        /// The whole content of an autolink, kept so the finished link shares this string.
        var text: String?
    }

    /// The root is node 0; its children are the top-level inlines.
    static let root = 0

    /// The deepest nesting of containers the finished inlines keep. Containers nested deeper
    /// are replaced by their content, so that no consumer of the tree (nor its deallocation)
    /// recurses without bound.
    static let maximumDepth = 1000

    private(set) var nodes: [Node] = [Node(kind: .emphasis, start: 0, end: 0)]
    var store: [UInt8] = []
    var targets: [Target] = []
    var attributeLists: [Attributes] = []
    /// The stack of containers `inlines()` builds, kept to reuse its memory.
    private var frames: [Frame] = []
    /// The last top-level text node that later text may be appended to, or -1.
    private var mergeable = -1

    /// Empties the tree for a new parse of `capacity` input bytes, keeping its memory.
    mutating func reset(capacity: Int) {
        nodes.removeAll(keepingCapacity: true)
        nodes.append(Node(kind: .emphasis, start: 0, end: 0))
        store.removeAll(keepingCapacity: true)
        store.reserveCapacity(capacity)
        if !targets.isEmpty { targets.removeAll(keepingCapacity: true) }
        if !attributeLists.isEmpty { attributeLists.removeAll(keepingCapacity: true) }
        mergeable = -1
    }

    subscript(index: Int) -> Node {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    /// Appends a node at the end of the top level and returns its index.
    @discardableResult
    mutating func append(_ kind: Kind, start: Int = 0, end: Int = 0) -> Int {
        let index = nodes.count
        let last = nodes[Self.root].last
        nodes.append(Node(kind: kind, start: start, end: end, previous: last))
        if last >= 0 { nodes[last].next = index } else { nodes[Self.root].first = index }
        nodes[Self.root].last = index
        mergeable = -1
        return index
    }

    /// Appends text at the top level, extending the previous text node when possible.
    mutating func appendText<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.isEmpty { return }
        let start = store.count
        store.append(contentsOf: bytes)
        extendText(from: start)
    }

    /// Makes `store[start...]` (just appended) top-level text.
    mutating func extendText(from start: Int) {
        if start == store.count { return }
        if mergeable >= 0, mergeable == nodes[Self.root].last, nodes[mergeable].end == start {
            nodes[mergeable].end = store.count
        } else {
            let index = append(.text, start: start, end: store.count)
            mergeable = index
        }
    }

    /// Appends a text node that later text must not merge into (a delimiter run or bracket).
    mutating func appendIsolatedText<Bytes: Collection>(_ bytes: Bytes) -> Int where Bytes.Element == UInt8 {
        let start = store.count
        store.append(contentsOf: bytes)
        return append(.text, start: start, end: store.count)
    }

    /// Appends a node holding `bytes` (code, raw HTML or a footnote label).
    mutating func appendLeaf<Bytes: Collection>(_ kind: Kind, _ bytes: Bytes) where Bytes.Element == UInt8 {
        let start = store.count
        store.append(contentsOf: bytes)
        append(kind, start: start, end: store.count)
    }

    /// Appends an autolink, which points to `destination` and whose content is `text`.
    mutating func appendAutolink(to destination: String, text: String, style: LinkStyle) {
        let index = append(.link)
        nodes[index].target = targets.count
        targets.append(Target(destination: destination, title: "", style: style, text: text))
        let child = nodes.count
        let start = store.count
        text.withUTF8Bytes { store.append(contentsOf: $0) }
        nodes.append(Node(kind: .text, start: start, end: store.count))
        nodes[index].first = child
        nodes[index].last = child
    }

    /// Removes a top-level node.
    mutating func remove(_ index: Int) {
        let previous = nodes[index].previous
        let next = nodes[index].next
        if previous >= 0 { nodes[previous].next = next } else { nodes[Self.root].first = next }
        if next >= 0 { nodes[next].previous = previous } else { nodes[Self.root].last = previous }
        nodes[index].previous = -1
        nodes[index].next = -1
        if mergeable == index { mergeable = -1 }
    }

    /// Turns the top-level node `index` into a container of kind `kind` holding every top-level node after it.
    mutating func adoptFollowingNodes(into index: Int, as kind: Kind, target: Int) {
        let first = nodes[index].next
        nodes[index].kind = kind
        nodes[index].target = target
        if first >= 0 {
            nodes[index].first = first
            nodes[index].last = nodes[Self.root].last
            nodes[first].previous = -1
            nodes[index].next = -1
            nodes[Self.root].last = index
        }
        mergeable = -1
    }

    /// Inserts a container of `kind` between the top-level nodes `opener` and `closer`, holding every node between them.
    mutating func wrap(between opener: Int, and closer: Int, as kind: Kind) {
        let index = nodes.count
        var node = Node(kind: kind, start: 0, end: 0, previous: opener, next: closer)
        let first = nodes[opener].next
        if first != closer {
            let last = nodes[closer].previous
            node.first = first
            node.last = last
            nodes[first].previous = -1
            nodes[last].next = -1
        }
        nodes.append(node)
        nodes[opener].next = index
        nodes[closer].previous = index
        mergeable = -1
    }

    /// Drops `count` bytes from the end (or start) of a text node.
    mutating func shorten(_ index: Int, by count: Int, fromEnd: Bool) {
        if fromEnd { nodes[index].end -= count } else { nodes[index].start += count }
    }

    /// The finished inlines, built without recursion; adjacent text is merged.
    mutating func inlines() -> [Inline] {
        var stack = frames
        frames = []
        stack.append(Frame(node: Self.root, cursor: nodes[Self.root].first, capacity: childCount(of: Self.root)))
        var result: [Inline] = []
        while let top = stack.indices.last {
            let cursor = stack[top].cursor
            if cursor < 0, let next = stack[top].resume.popLast() {
                stack[top].cursor = next
                continue
            }
            if cursor < 0 {
                var frame = stack.removeLast()
                frame.flushText(store)
                guard let parent = stack.indices.last else {
                    result = frame.children
                    break
                }
                stack[parent].flushText(store)
                stack[parent].children.append(container(frame.node, frame.children))
                continue
            }
            let node = nodes[cursor]
            stack[top].cursor = node.next
            switch node.kind {
            case .text:
                stack[top].addText(node.start..<node.end, store)
            case .softBreak, .lineBreak, .code, .html, .footnoteReference, .math:
                stack[top].flushText(store)
                stack[top].children.append(leaf(node))
            case .attributeList:
                stack[top].applyAttributes(attributeLists[node.target], source: node.start..<node.end, store)
            case .emphasis, .strong, .strikethrough, .link, .image:
                if node.kind == .link, stack.count <= Self.maximumDepth, let text = targets[node.target].text {
                    stack[top].flushText(store)
                    let target = targets[node.target]
                    stack[top].children.append(.link(Link(destination: target.destination, content: [.text(text)], style: target.style)))
                } else if stack.count > Self.maximumDepth {
                    stack[top].resume.append(node.next)
                    stack[top].cursor = node.first
                } else {
                    stack.append(Frame(node: cursor, cursor: node.first, capacity: childCount(of: cursor)))
                }
            }
        }
        frames = stack
        return result
    }

    /// How many nodes a container holds directly: room for its inlines, which merged text only makes fewer.
    private func childCount(of index: Int) -> Int {
        var count = 0
        var child = nodes[index].first
        while child >= 0 {
            count += 1
            child = nodes[child].next
        }
        return count
    }

    /// A container whose children are being collected by `inlines()`.
    private struct Frame {
        var node: Int
        var cursor: Int
        var children: [Inline] = []
        /// Pending text: a range of `store` while it is contiguous, else copied bytes.
        var pending: Range<Int> = 0..<0
        var copied: [UInt8] = []
        /// Where to continue after the content of containers too deep to keep.
        var resume: [Int] = []

        init(node: Int, cursor: Int, capacity: Int) {
            self.node = node
            self.cursor = cursor
            children.reserveCapacity(capacity)
        }

        mutating func addText(_ range: Range<Int>, _ store: [UInt8]) {
            if range.isEmpty { return }
            if pending.isEmpty && copied.isEmpty {
                pending = range
            } else if copied.isEmpty && pending.upperBound == range.lowerBound {
                pending = pending.lowerBound..<range.upperBound
            } else {
                if !pending.isEmpty {
                    copied.append(contentsOf: store[pending])
                    pending = 0..<0
                }
                copied.append(contentsOf: store[range])
            }
        }

        /// Gives `attributes` to the element just before, or keeps `source` as text when
        /// text (or nothing) comes before.
        mutating func applyAttributes(_ attributes: Attributes, source: Range<Int>, _ store: [UInt8]) {
            guard pending.isEmpty, copied.isEmpty, let last = children.last,
                  let attributed = last.addingAttributes(attributes) else {
                addText(source, store)
                return
            }
            children[children.count - 1] = attributed
        }

        mutating func flushText(_ store: [UInt8]) {
            if !copied.isEmpty {
                children.append(.text(String(parsedUTF8: copied)))
                copied.removeAll(keepingCapacity: true)
            } else if !pending.isEmpty {
                children.append(.text(String(parsedUTF8: store[pending])))
            }
            pending = 0..<0
        }
    }

    private func string(_ node: Node) -> String {
        String(parsedUTF8: store[node.start..<node.end])
    }

    private func leaf(_ node: Node) -> Inline {
        switch node.kind {
        case .softBreak: return .softBreak
        case .lineBreak: return .lineBreak
        case .code: return .code(string(node))
        case .html: return .html(string(node))
        case .math: return .math(string(node))
        default: return .footnoteReference(string(node))
        }
    }

    private func container(_ index: Int, _ children: [Inline]) -> Inline {
        let node = nodes[index]
        switch node.kind {
        case .emphasis: return .emphasis(children)
        case .strong: return .strong(children)
        case .strikethrough: return .strikethrough(children)
        case .link:
            let target = targets[node.target]
            return .link(Link(destination: target.destination, title: target.title, content: children, style: target.style))
        default:
            let target = targets[node.target]
            return .image(Image(source: target.destination, title: target.title, description: children, style: target.style))
        }
    }
}
