internal import CLibXML2
import OctavoModel

/// Writes the tree libxml2's HTML parser made of a fragment as XHTML, element by
/// element as `FragmentElement` says, mending content models on the way.
///
/// The walk keeps its own stacks, so nesting of any depth uses no call stack. The
/// elements written and still open form `open`, the fragment's context at the bottom.
/// Content that may not stand in the element on top either gets an implied wrapper
/// (`li` in a list, `td` in a row, …), closes implied wrappers until an element takes
/// it, or — an element — gives way to its content. An element that would stand deeper
/// than `maximumDepth`, counting the wrappers it and its content may need, is left out
/// with its content.
struct FragmentWriter {
    private struct OpenElement {
        /// Nil for the fragment's context, which has no tag.
        var name: String?
        var content: ContentModel
        var isImplied: Bool
        var insideLink: Bool
        var hasChildren = false
        var hasSection = false
        /// In a definition list: the last part opened in it, `dt` or `dd`.
        var lastDefinitionPart: String?
    }

    private var output: [UInt8] = []
    private var open: [OpenElement]
    private var removed: [String] = []
    private var imageSources: [String] = []
    /// The most elements the fragment may have open at once.
    private let maximumDepth: Int
    /// The most implied wrappers an element may need before it and inside it
    /// (`tbody` and `tr` before a `td`; `tbody`, `tr` and `td` inside a `table`).
    private static let impliedWrappers = 5

    init(context: FragmentContext, maximumDepth: Int) {
        self.maximumDepth = maximumDepth
        let content: ContentModel = context == .flow ? .flow : .phrasing
        open = [OpenElement(name: nil, content: content, isImplied: false, insideLink: context == .linkText)]
    }

    /// Writes `first` and its following siblings, with everything inside them.
    mutating func write(_ first: xmlNodePtr?, references: inout some FragmentReferences) {
        // Each frame: the next sibling to visit, and the depth of `open` to close back to
        // when the siblings run out (nil when their parent wrote no element).
        var frames: [(next: xmlNodePtr?, closesTo: Int?)] = [(first, nil)]
        while let frame = frames.last {
            guard let node = frame.next else {
                frames.removeLast()
                if let depth = frame.closesTo { close(downTo: depth) }
                continue
            }
            frames[frames.count - 1].next = node.pointee.next
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                var text = Self.content(of: node)
                while let next = frames[frames.count - 1].next, Self.isText(next) {
                    text += Self.content(of: next)
                    frames[frames.count - 1].next = next.pointee.next
                }
                writeText(text, references: &references)
            case XML_ELEMENT_NODE:
                let name = String(cString: node.pointee.name).lowercased()
                switch FragmentElement(name) {
                case .dropped:
                    note("<\(name)>")
                case .unwrapped:
                    frames.append((node.pointee.children, nil))
                case .kept(_, _, let content) where content != .empty && open.count + Self.impliedWrappers > maximumDepth:
                    note(HTMLFragment.tooDeep)
                case .kept(let kept, let placement, let content):
                    let depth = writeStart(of: node, as: kept, placement: placement, content: content, references: &references)
                    frames.append((node.pointee.children, depth))
                }
            default:
                continue
            }
        }
    }

    /// The fragment written so far, with every open element closed.
    mutating func finish() -> SanitizedFragment {
        close(downTo: 1)
        return SanitizedFragment(xhtml: String(decoding: output, as: UTF8.self), removed: removed, imageSources: imageSources)
    }

    // MARK: - Elements

    /// Writes the start of an element (all of a void one) and returns the depth of
    /// `open` that ends it; nil when it is void, or cannot stand here and gives way to
    /// its content.
    private mutating func writeStart(of node: xmlNodePtr, as name: String, placement: Placement, content: ContentModel,
                                     references: inout some FragmentReferences) -> Int? {
        if name == "img" {
            writeImage(node, references: &references)
            return nil
        }
        var name = name
        var placement = placement
        if !prepare(for: placement) {
            guard placement == .tableHead else { return nil }
            // A second head section, or one after the body, is one more body section.
            name = "tbody"
            placement = .tableBody
            guard prepare(for: placement) else { return nil }
        }
        let attributes = acceptedAttributes(of: node, on: name, references: &references)
        guard content != .empty else {
            appendTag(name, attributes, selfClosing: true)
            return nil
        }
        let depth = open.count
        push(name, content: content, implied: false, placement: placement)
        appendTag(name, attributes, selfClosing: false)
        return depth
    }

    /// An `<img>` with a source the policy allows, as `references` decides; any other is left out.
    private mutating func writeImage(_ node: xmlNodePtr, references: inout some FragmentReferences) {
        let attributes = Self.attributes(of: node)
        guard let source = attributes.first(where: { $0.name == "src" })?.value, !source.isEmpty else { return }
        if let scheme = URLPolicy.refusedScheme(of: source, isImageSource: true) {
            note("a \(scheme): address")
            return
        }
        guard prepare(for: .phrasing) else { return }
        imageSources.append(source)
        let image = FragmentImage(source: source, alternative: attributes.first { $0.name == "alt" }?.value ?? "",
                                  isInsideLink: open[open.count - 1].insideLink)
        switch references.image(image) {
        case .markup(let markup):
            output.append(contentsOf: markup.utf8)
        case .source(let written):
            var kept = [(name: "src", value: URLPolicy.percentEncoded(written)), (name: "alt", value: image.alternative)]
            kept += acceptedAttributes(of: node, on: "img", references: &references).filter { $0.name != "src" && $0.name != "alt" }
            appendTag("img", kept, selfClosing: true)
        }
    }

    /// The attributes of `node` that `element` keeps, with identifiers and links as
    /// `references` has them; event handlers and refused addresses are noted.
    private mutating func acceptedAttributes(of node: xmlNodePtr, on element: String,
                                             references: inout some FragmentReferences) -> [(name: String, value: String)] {
        var kept: [(name: String, value: String)] = []
        var identifier: String?
        for (name, value) in Self.attributes(of: node) where !kept.contains(where: { $0.name == name }) {
            if name.hasPrefix("on") {
                note("the \(name) attribute")
            } else if name == "id" || (name == "name" && element == "a") {
                identifier = identifier ?? value
            } else if name == "href", element == "a", value.allSatisfy(\.isWhitespace) {
                continue  // A link to nothing (`href=""`, often an unset Liquid variable) stays a plain `a`.
            } else if name == "href" || name == "src" || name == "cite",
                      let scheme = URLPolicy.refusedScheme(of: value, isImageSource: name == "src" && element == "img") {
                note("a \(scheme): address")
            } else if let accepted = XHTMLAttributes.accepted(name, value: name == "href" ? references.link(value) : value, on: element) {
                kept.append((name, accepted))
            }
        }
        if let identifier = identifier.flatMap(XHTMLAttributes.identifier), let written = references.identifier(identifier) {
            kept.insert(("id", written), at: 0)
        }
        return kept
    }

    // MARK: - Text

    /// Writes text, and the markup of the slots marked in it.
    private mutating func writeText(_ text: String, references: inout some FragmentReferences) {
        var run = String.UnicodeScalarView()
        var slot: Int?
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{E000}":
                writePlain(String(run))
                run = String.UnicodeScalarView()
                slot = 0
            case "\u{E001}":
                if let index = slot, prepare(for: .phrasing) {
                    output.append(contentsOf: references.slot(index, insideLink: open[open.count - 1].insideLink, depth: open.count - 1).utf8)
                }
                slot = nil
            case "0"..."9" where slot != nil:
                slot = slot.map { $0 &* 10 &+ Int(scalar.value - 0x30) }
            default:
                slot = nil
                run.append(scalar)
            }
        }
        writePlain(String(run))
    }

    private mutating func writePlain(_ text: String) {
        guard !text.isEmpty else { return }
        let isWhiteSpace = text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }
        if isWhiteSpace, open[open.count - 1].content.dropsWhiteSpace { return }
        guard prepare(for: .text) else { return }
        XMLEscaping.append(text, to: &output, in: .text)
    }

    // MARK: - Open elements

    /// Makes the top of `open` an element that takes content placed as `placement`:
    /// opens the implied wrappers that lead to one, or closes implied elements that
    /// lead nowhere until an element takes it. Every wrapper chain ends in an element
    /// that takes what it was opened for, so this ends.
    private mutating func prepare(for placement: Placement) -> Bool {
        while true {
            let top = open[open.count - 1]
            if top.content.accepts(placement, insideLink: top.insideLink, hasChildren: top.hasChildren, hasSection: top.hasSection) {
                open[open.count - 1].hasChildren = true
                return true
            }
            if let wrapper = top.content.wrapper(for: placement) {
                push(wrapper.name, content: wrapper.content, implied: true, placement: wrapper.content == .tableSection ? .tableBody : .flow)
                appendTag(wrapper.name, [], selfClosing: false)
            } else if top.isImplied {
                close(downTo: open.count - 1)
            } else {
                return false
            }
        }
    }

    /// Records an element opening inside the top of `open`; a definition list gets an
    /// empty `dt` before a `dd` that no term comes before, as HTML requires.
    private mutating func push(_ name: String, content: ContentModel, implied: Bool, placement: Placement) {
        let parent = open.count - 1
        if open[parent].content == .definitionList {
            if name == "dd" && open[parent].lastDefinitionPart == nil { output.append(contentsOf: "<dt></dt>".utf8) }
            open[parent].lastDefinitionPart = name
        }
        open[parent].hasChildren = true
        if placement == .tableHead || placement == .tableBody { open[parent].hasSection = true }
        open.append(OpenElement(name: name, content: content, isImplied: implied,
                                insideLink: open[parent].insideLink || name == "a"))
    }

    /// Closes open elements until `depth` remain; a definition list whose last part is a
    /// term gets an empty `dd` after it, as HTML requires.
    private mutating func close(downTo depth: Int) {
        while open.count > depth, let element = open.popLast() {
            guard let name = element.name else { continue }
            if element.lastDefinitionPart == "dt" { output.append(contentsOf: "<dd></dd>".utf8) }
            output.append(contentsOf: "</\(name)>".utf8)
        }
    }

    private mutating func appendTag(_ name: String, _ attributes: [(name: String, value: String)], selfClosing: Bool) {
        output.append(UInt8(ascii: "<"))
        output.append(contentsOf: name.utf8)
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: attribute.name.utf8)
            output.append(contentsOf: "=\"".utf8)
            XMLEscaping.append(attribute.value, to: &output, in: .attribute)
            output.append(UInt8(ascii: "\""))
        }
        output.append(contentsOf: selfClosing ? "/>".utf8 : ">".utf8)
    }

    /// Records that `description` was left out.
    mutating func note(_ description: String) {
        if !removed.contains(description) { removed.append(description) }
    }

    // MARK: - libxml2 nodes

    private static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    private static func content(of node: xmlNodePtr) -> String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// The attributes of an element, names in lower case, values with entities resolved.
    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += content(of: text)
                child = text.pointee.next
            }
            attributes.append((String(cString: current.pointee.name).lowercased(), value))
            attribute = current.pointee.next
        }
        return attributes
    }
}
