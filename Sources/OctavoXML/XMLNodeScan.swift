internal import CLibXML2
import OctavoModel

/// An element or processing instruction of a document, as `XMLNodeScan` reports it.
public struct XMLNodeSummary: Sendable, Hashable {
    /// An element's namespace URI; nil without one, and for processing instructions.
    public var namespace: String?
    /// An element's local name, or a processing instruction's target.
    public var name: String
    /// Whether this is a processing instruction rather than an element.
    public var isProcessingInstruction: Bool
    /// The attributes as (namespace URI, local name, value), in document order.
    public var attributes: [XMLAttributeSummary]
    /// The text and CDATA directly inside an element; a processing instruction's data.
    public var text: String
}

/// One attribute of an element.
public struct XMLAttributeSummary: Sendable, Hashable {
    /// The namespace URI; nil without one.
    public var namespace: String?
    /// The local name.
    public var name: String
    /// The value, with references resolved.
    public var value: String
}

/// Parses a document with the safe options of `SafeXMLDocument` (no network, no
/// entities) and lists its elements and processing instructions in document order,
/// for callers that check what a document contains (such as an SVG image).
/// A document type declaration as written: its identifiers, and whether its internal
/// subset declares anything (elements, attribute defaults, entities, notations).
public struct XMLDocumentType: Sendable, Hashable {
    public var publicIdentifier: String?
    public var systemIdentifier: String?
    public var hasDeclarations: Bool
}

public struct XMLNodeScan: Sendable {
    /// Every element and processing instruction; empty when the bytes are not well-formed.
    public let nodes: [XMLNodeSummary]
    /// The parser's messages; an error means the bytes are not well-formed XML.
    public let diagnostics: [Diagnostic]
    /// The document type declaration (`<!DOCTYPE …>`), if there is one. Its internal
    /// subset and the file its system identifier names are never read.
    public let documentType: XMLDocumentType?

    /// Scans `bytes`; `path` names the document in messages.
    public init(_ bytes: [UInt8], path: String) {
        let collector = MessageCollector(path: path)
        guard let document = SafeXMLDocument(bytes, collector: collector) else {
            nodes = []
            diagnostics = collector.diagnostics
            documentType = nil
            return
        }
        nodes = withExtendedLifetime(document) { Self.walk(document.pointer) }
        documentType = withExtendedLifetime(document) { () -> XMLDocumentType? in
            guard let subset = document.pointer.pointee.intSubset else { return nil }
            func text(_ pointer: UnsafePointer<xmlChar>?) -> String? { pointer.map { String(cString: $0) } }
            return XMLDocumentType(publicIdentifier: text(subset.pointee.ExternalID), systemIdentifier: text(subset.pointee.SystemID),
                                   hasDeclarations: subset.pointee.children != nil)
        }
        diagnostics = collector.diagnostics
    }

    /// The nodes below `document`, walked without recursion.
    private static func walk(_ document: xmlDocPtr) -> [XMLNodeSummary] {
        var nodes: [XMLNodeSummary] = []
        var stack: [xmlNodePtr] = []
        var child = document.pointee.children
        while let node = child {
            stack.append(node)
            child = node.pointee.next
        }
        stack.reverse()
        while let node = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                nodes.append(element(node))
                var children: [xmlNodePtr] = []
                var next = node.pointee.children
                while let current = next {
                    children.append(current)
                    next = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            case XML_PI_NODE:
                nodes.append(XMLNodeSummary(namespace: nil, name: string(node.pointee.name), isProcessingInstruction: true,
                                            attributes: [], text: string(node.pointee.content)))
            default:
                break
            }
        }
        return nodes
    }

    private static func element(_ node: xmlNodePtr) -> XMLNodeSummary {
        var attributes: [XMLAttributeSummary] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            attributes.append(XMLAttributeSummary(namespace: current.pointee.ns.map { string($0.pointee.href) },
                                                  name: string(current.pointee.name), value: text(of: current.pointee.children)))
            attribute = current.pointee.next
        }
        return XMLNodeSummary(namespace: node.pointee.ns.map { string($0.pointee.href) }, name: string(node.pointee.name),
                              isProcessingInstruction: false, attributes: attributes, text: text(of: node.pointee.children))
    }

    /// The text and CDATA nodes among `first` and its siblings, joined. Entity
    /// references never occur: the safe parser refuses entity declarations.
    private static func text(of first: xmlNodePtr?) -> String {
        var text = ""
        var child = first
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                text += string(current.pointee.content)
            }
            child = current.pointee.next
        }
        return text
    }

    private static func string(_ characters: UnsafePointer<xmlChar>?) -> String {
        characters.map { String(cString: $0) } ?? ""
    }
}
